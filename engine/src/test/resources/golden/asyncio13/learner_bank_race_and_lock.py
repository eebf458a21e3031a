# A bank account: a lost update without a lock (read, await, write), fixed with asyncio.Lock.
import asyncio


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history = []

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0)
        self.balance = current + amount

    async def deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0)
            self.balance = current + amount
            self.history.append(("dep", amount))

    async def withdraw(self, amount):
        async with self.lock:
            if amount > self.balance:
                raise ValueError(f"{self.owner}: insufficient funds for {amount} (balance {self.balance})")
            await asyncio.sleep(0)
            self.balance -= amount
            self.history.append(("wd", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


async def transfer(src, dst, amount):
    await src.withdraw(amount)
    await dst.deposit(amount)


async def main():
    a = Account("ann")
    await asyncio.gather(*(a.deposit_unsafe(10) for _ in range(5)))
    print("unsafe:", a)
    b = Account("bob")
    await asyncio.gather(*(b.deposit(10) for _ in range(5)))
    print("safe:", b)
    results = await asyncio.gather(
        transfer(b, a, 30), transfer(b, a, 30), transfer(a, b, 5), return_exceptions=True
    )
    for r in results:
        print(" ", repr(r))
    print(a, b, a.history, b.history)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(transfer(a, b, 1000))
            tg.create_task(transfer(b, a, 1))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    print(a, b)
    print(a.lock.locked(), b.lock.locked())


asyncio.run(main())
