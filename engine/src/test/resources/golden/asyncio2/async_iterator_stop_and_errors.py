# Class-based async iterators: StopAsyncIteration, errors from __anext__, break, and anext() defaults.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        if self.n == 13:
            raise ValueError("unlucky")
        self.n -= 1
        return self.n + 1


async def main():
    print([x async for x in Countdown(3)])
    try:
        async for x in Countdown(14):
            print("got", x)
    except ValueError as e:
        print("ValueError:", e)
    it = Countdown(2)
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    async for x in Countdown(5):
        if x == 3:
            break
    else:
        print("not printed")
    print("broke at", x)
    async for x in Countdown(0):
        print("never")
    else:
        print("else runs for an empty iterator")
    aw = anext(Countdown(1))
    print(type(aw).__name__, await aw)


asyncio.run(main())
