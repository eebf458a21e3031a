import asyncio
from dataclasses import dataclass, field
from enum import Enum, auto

class Kind(Enum):
    DEPOSIT = auto()
    WITHDRAW = auto()

@dataclass(order=True)
class Tx:
    amount: int
    kind: Kind = field(compare=False)
    note: str = ""

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)

    async def apply(self, tx: Tx):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0)
            if tx.kind is Kind.WITHDRAW and tx.amount > current:
                raise ValueError(f"insufficient funds for {tx}")
            self.balance = current + (tx.amount if tx.kind is Kind.DEPOSIT else -tx.amount)
            self.history.append(tx)

async def main():
    acct = Account("ann")
    txs = [Tx(50, Kind.DEPOSIT), Tx(30, Kind.WITHDRAW, "rent"), Tx(40, Kind.WITHDRAW), Tx(5, Kind.DEPOSIT, "gift")]
    results = await asyncio.gather(*(acct.apply(t) for t in txs), return_exceptions=True)
    print(acct)
    print([type(r).__name__ if r else None for r in results])
    print(results[2])
    print(sorted(txs), max(txs), Kind.DEPOSIT, Kind["WITHDRAW"].value, list(Kind), Kind(1).name)
    print(Tx(1, Kind.DEPOSIT) == Tx(1, Kind.WITHDRAW), acct.history[0], len(acct.history))
    try:
        Tx()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
