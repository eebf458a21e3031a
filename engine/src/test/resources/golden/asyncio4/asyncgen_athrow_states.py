import asyncio

async def agen():
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    except ValueError as e:
        print("agen caught", repr(e))
        yield "after-error"
    finally:
        print("agen finally")

async def main():
    g = agen()
    print(g.ag_running, g.ag_await, g.ag_frame is not None)
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow on unstarted propagates:", repr(e))
    print("frame after:", g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("unstarted+thrown is exhausted")
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("mid")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        await g.athrow(KeyError("late"))
    except KeyError as e:
        print("athrow on finished raises:", repr(e))
    print(await g.aclose())
    g = agen()
    await g.__anext__()
    r = await g.aclose()
    print("aclose returned", r)
    print(await anext(g, "default"))
    g = agen()
    a1 = g.__anext__()
    print(type(a1).__name__)
    print(await a1)
    aw = g.asend(None)
    t = asyncio.ensure_future(aw)
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    await g.aclose()
    async def stubborn():
        try:
            yield 1
        finally:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await agen().athrow(StopAsyncIteration)
    except Exception as e:
        print(type(e).__name__, e)
    gg = agen()
    await gg.__anext__()
    try:
        await gg.athrow(GeneratorExit)
    except GeneratorExit:
        print("GeneratorExit propagated")

asyncio.run(main())
