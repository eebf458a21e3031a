import asyncio

async def ticker(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("ticker received", received)
    except GeneratorExit:
        print("ticker closing")
        raise
    finally:
        print("ticker finally")

async def main():
    ag = ticker(3)
    print(type(ag).__name__, ag.ag_running, ag.__aiter__() is ag)
    print(await ag.__anext__())
    print(await ag.asend("hello"))
    print(await anext(ag))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0), "default"))
    ag2 = ticker(5)
    await anext(ag2)
    try:
        await ag2.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow propagated:", e)
    ag3 = ticker(5)
    await anext(ag3)
    await ag3.aclose()
    await ag3.aclose()
    try:
        await anext(ag3)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    out = [x async for x in ticker(3)]
    print(out)
    print([x * 2 async for x in ticker(4) if x % 2])
    async def broken():
        yield 1
        raise StopAsyncIteration("inside")
    try:
        async for v in broken():
            print("got", v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignores_exit()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        anext(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    ag4 = ticker(2)
    aw = ag4.asend(None)
    print(type(aw).__name__)
    try:
        aw.send(None)
    except StopIteration as e:
        print("asend awaitable stopped with", e.value)
    await ag4.aclose()

asyncio.run(main())
