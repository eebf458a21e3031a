# class features in async programs: async methods, classmethods, properties, __repr__, dataclass tasks
import asyncio
from dataclasses import dataclass, field

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance for {self.owner}: {v}")
        self._balance = v
    async def deposit(self, amount):
        await asyncio.sleep(0)
        self.balance += amount
        return self
    @classmethod
    async def open(cls, owner):
        await asyncio.sleep(0)
        return cls(owner)
    @staticmethod
    async def audit(*accounts):
        return sum(a.balance for a in accounts)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"
    def __lt__(self, other):
        return self._balance < other._balance

class Savings(Account):
    rate = 0.5
    async def deposit(self, amount):
        r = await super().deposit(amount)
        self._balance += amount * self.rate
        return r

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)

async def main():
    a = await Account.open("ann")
    s = await Savings.open("sam")
    await asyncio.gather(a.deposit(10), s.deposit(10), a.deposit(5))
    print(a, s, sorted([s, a]), await Account.audit(a, s), Account.count)
    try:
        a.balance = -1
    except ValueError as e:
        print("ValueError:", e)
    print(type(Account.deposit).__name__, type(a.deposit).__name__, asyncio.iscoroutinefunction(Account.open))
    print(asyncio.iscoroutinefunction(Account.audit), Account.open.__qualname__, a.deposit.__qualname__)
    jobs = sorted([Job(3, "c"), Job(1, "a", ["x"]), Job(2, "b")])
    print(jobs, Job(1, "x") == Job(1, "y"))
    coro = a.deposit(1)
    print(coro.__qualname__, coro.cr_code.co_varnames)
    await coro

asyncio.run(main())
