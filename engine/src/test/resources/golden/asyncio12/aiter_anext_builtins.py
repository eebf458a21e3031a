# aiter()/anext() builtins, with defaults and with wrong arguments.
import asyncio

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

async def agen():
    yield "a"
    yield "b"

async def main():
    it = aiter(Countdown(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "empty"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    g = agen()
    print(aiter(g) is g, await anext(g))
    aw = anext(g, None)
    print(type(aw).__name__)
    print(await aw, await anext(g, None))
    for bad in (1, [1], "s", None):
        try:
            aiter(bad)
        except TypeError as e:
            print("aiter:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("anext:", e)
    try:
        aiter(g, 1)
    except TypeError as e:
        print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    a2 = agen()
    x = anext(a2, "d")
    print(await x)
    try:
        await x
    except StopIteration as e:
        print("awaited twice:", type(e).__name__, e.args)
    except RuntimeError as e:
        print("awaited twice:", e)
    print(await anext(a2, "d"), await anext(a2, "d"))

asyncio.run(main())
