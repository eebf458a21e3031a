# Async comprehensions, async genexps, await in odd expression spots.
import asyncio

async def aiter_range(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    print([x async for x in aiter_range(5) if x % 2])
    print({x: await double(x) async for x in aiter_range(3)})
    print({await double(x) for x in range(4)})
    print([await double(x) for x in range(3) if await double(x) > 0])
    print([(a, b) async for a in aiter_range(2) for b in range(2)])
    print([(a, b) for a in range(2) async for b in Counter(2)] if False else "skipped")
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])
    agx = (x async for x in Counter(3))
    print(type(agx).__name__, await agx.__anext__(), [v async for v in agx])
    print(f"{await double(21)} and {[await double(i) for i in range(2)]}")
    if (n := await double(5)) > 5:
        print("walrus", n)
    print("ternary", await double(1) if await double(0) == 0 else "no")
    total = 0
    async for v in Counter(3):
        total += v
    else:
        print("async for else, total", total)
    async for v in Counter(5):
        if v == 2:
            break
    else:
        print("not printed")
    print("broke at", v)
    print(sum([await double(i) for i in range(4)]), max([v async for v in Counter(4)]))
    nested = [[y async for y in Counter(x)] async for x in Counter(3)]
    print(nested)
    print(await (lambda: double(4))())
    print([await f for f in [double(1), double(2)]])
    d = {"k": await double(3), **{str(i): i async for i in Counter(2)}}
    print(d)
    print(await asyncio.gather(*[double(i) for i in range(3)]))

asyncio.run(main())
