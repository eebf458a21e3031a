import asyncio

class NotACM:
    pass

class HalfCM:
    async def __aenter__(self):
        return self

class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False

class AsyncIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

async def agen():
    yield 1
    yield 2

async def main():
    for obj in (NotACM(), HalfCM(), BadEnter()):
        try:
            async with obj:
                pass
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        with HalfCM():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    print([x async for x in AsyncIt()], {x: x * 2 async for x in agen()})
    print([await asyncio.sleep(0, i) for i in range(3)])
    gen = (x async for x in agen())
    print(type(gen).__name__, [x async for x in gen])
    try:
        await agen()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1]
    except TypeError as e:
        print("TypeError:", e)
    ai = aiter(agen())
    print(await anext(ai), await anext(ai), await anext(ai, "dflt"))
    try:
        await anext(ai)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
