# A coroutine handed to a constructor and stored on the instance: alive while the instance is
import asyncio
from dataclasses import dataclass

async def fetch(n):
    await asyncio.sleep(0)
    return n

class Job:
    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self._setup()

    def _setup(self):
        self.ready = True

    def __await__(self):
        return self.coro.__await__()

class Strict:
    def __init__(self, coro, limit):
        self.coro = coro
        if limit < 0:
            raise ValueError("negative limit")

@dataclass
class Holder:
    coro: object
    tag: str = "t"

class Closure:
    def __init__(self, coro):
        def later():
            return coro
        self.later = later
        self.me = lambda: self

async def main():
    job = Job(fetch(1), "one")
    print("made job")
    print(await job)
    print(await Job(fetch(2), "two"))
    h = Holder(fetch(3))
    print("holder", h.tag)
    print(await h.coro)
    try:
        Strict(fetch(4), -1)
    except ValueError as e:
        print("ValueError:", e)
    print("after Strict")
    dropped = Job(fetch(5), "five")
    print("job five made")
    del dropped
    print("job five deleted")
    c = Closure(fetch(6))
    print("closure made")
    print(await c.later())
    jobs = [Job(fetch(i), str(i)) for i in range(7, 9)]
    print([await j for j in jobs])

asyncio.run(main())
