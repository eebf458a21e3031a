import asyncio, types

async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2

@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v

async def uses_legacy():
    r = await legacy()
    return r

async def main():
    g = agen()
    a = g.asend(None)
    print(type(a).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
    print(await a, g.ag_await, g.ag_running)
    nxt = g.__anext__()
    print(type(nxt).__name__)
    step = nxt.send(None)
    print(type(step).__name__, g.ag_await is not None, g.ag_running)
    try:
        nxt.send(None)
    except StopIteration as e:
        print("stop", e.value)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = uses_legacy()
    print(c.send(None))
    try:
        c.send(42)
    except StopIteration as e:
        print("legacy result", e.value)
    w = uses_legacy().__await__()
    print(type(w).__name__, next(w))
    w.close()
    print(asyncio.iscoroutine(legacy()), asyncio.iscoroutinefunction(legacy), types.CoroutineType, types.AsyncGeneratorType)
    async def inner():
        await asyncio.sleep(0)
    outer_c = inner()
    t = asyncio.ensure_future(outer_c)
    await asyncio.sleep(0)
    print(type(outer_c.cr_await).__name__ if outer_c.cr_await is not None else None, outer_c.cr_suspended if hasattr(outer_c, "cr_suspended") else "-")
    await t
    print(outer_c.cr_await, outer_c.cr_frame, outer_c.cr_running)
    try:
        await g.aclose()
        await g.athrow(KeyError)
    except KeyError as e:
        print("athrow after close", repr(e))
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
