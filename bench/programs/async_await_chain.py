# Scheduler: long chains of awaits that never suspend (coroutines awaiting coroutines that return
# at once), deep recursive awaits, and awaiting already-finished futures.
import asyncio


async def leaf(x):
    return x * 2 + 1


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b


async def top(x):
    return await middle(x) - await middle(x - 1)


async def depth(n):
    if n == 0:
        return 0
    return await depth(n - 1) + 1


class Box:
    def __init__(self, value):
        self.value = value

    async def get(self):
        return self.value

    async def add(self, other):
        return Box(await self.get() + await other.get())


async def main():
    total = 0
    for i in range(600_000):
        total = (total + await top(i)) % 1000003
    print("chains:", total)
    deep = 0
    for _ in range(6000):
        deep += await depth(150)
    print("depth:", deep)
    box = Box(0)
    one = Box(1)
    for _ in range(450_000):
        box = await box.add(one)
    print("boxes:", box.value)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(5)
    s = 0
    for _ in range(800_000):
        s += await fut
    print("done future:", s)


asyncio.run(main())
