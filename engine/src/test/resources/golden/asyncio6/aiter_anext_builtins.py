import asyncio

async def count(n):
    for i in range(n):
        yield i

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class BadAiter:
    async def __aiter__(self):
        return self

class NoAnext:
    def __aiter__(self):
        return 5

async def main():
    it = aiter(count(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "end"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    cd = Countdown(2)
    print(aiter(cd) is cd, [x async for x in cd], await anext(cd, None))
    for bad in (BadAiter(), NoAnext(), 3):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print("async for:", e)
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
    try:
        anext(5)
    except TypeError as e:
        print("anext:", e)
    aw = anext(count(0), "dflt")
    print(type(aw).__name__, await aw)

asyncio.run(main())
