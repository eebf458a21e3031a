# The same countdown as an __aiter__/__anext__ class and as an async generator: what differs.
import asyncio
import inspect


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


class NoAiter:
    async def __anext__(self):
        return 1


class AiterReturnsList:
    def __aiter__(self):
        return [1, 2]


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class AnextSyncStop:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise StopAsyncIteration


async def main():
    print([x async for x in Countdown(3)], [x async for x in countdown(3)])
    c, g = Countdown(2), countdown(2)
    print(type(c.__anext__()).__name__, type(g.__anext__()).__name__)
    print(inspect.isasyncgen(g), inspect.isasyncgen(c), inspect.isawaitable(c.__anext__()))
    print(hasattr(g, "aclose"), hasattr(c, "aclose"), hasattr(g, "asend"))
    print(await anext(Countdown(5)), await anext(countdown(5)))
    print(await anext(Countdown(0), "default"), await anext(countdown(0), "default"))
    try:
        await anext(Countdown(0))
    except StopAsyncIteration as e:
        print("class exhausted", repr(e))
    it = aiter(Countdown(1))
    print(type(it).__name__, it is aiter(it))
    for obj in (NoAiter(), AiterReturnsList(), AnextNotAwaitable(), 5):
        try:
            async for x in obj:
                print("got", x)
                break
        except TypeError as e:
            print(type(obj).__name__, "->", e)
    async for x in AnextSyncStop():
        print("never")
    print("sync StopAsyncIteration ends the loop")
    for obj in (NoAiter(), 5):
        try:
            aiter(obj)
        except TypeError as e:
            print("aiter:", e)
    try:
        await anext(5)
    except TypeError as e:
        print("anext:", e)
    try:
        anext(AnextNotAwaitable(), 0).send(None)
    except TypeError as e:
        print("anext default:", e)

    async def exhaust():
        g = countdown(1)
        async for _ in g:
            pass
        try:
            await g.__anext__()
        except StopAsyncIteration:
            print("agen raises StopAsyncIteration again")
        await g.aclose()
        await g.aclose()
        print("aclose twice fine")
    await exhaust()
    g = countdown(3)
    print(await g.asend(None))
    try:
        await g.asend(5)
        print("asend non-None ok")
    except TypeError as e:
        print(e)
    try:
        await g.athrow(ValueError("in"))
    except ValueError as e:
        print("athrow propagated", e)
    print(await anext(g, "done"))


asyncio.run(main())
