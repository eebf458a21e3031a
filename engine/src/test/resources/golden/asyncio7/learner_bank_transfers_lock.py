import asyncio
import random

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()

    def __repr__(self):
        return f"{self.name}:{self.balance}"

async def transfer(src, dst, amount, log):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                log.append(f"declined {src.name}->{dst.name} {amount}")
                return False
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            log.append(f"moved {amount} {src.name}->{dst.name}")
            return True

async def main():
    rng = random.Random(7)
    accts = [Account(n, 100) for n in ("ann", "bob", "cy")]
    log = []
    jobs = []
    for _ in range(12):
        s, d = rng.sample(accts, 2)
        jobs.append(transfer(s, d, rng.randint(10, 80), log))
    results = await asyncio.gather(*jobs)
    print("\n".join(log))
    print(accts, sum(a.balance for a in accts), results.count(True))

asyncio.run(main())
