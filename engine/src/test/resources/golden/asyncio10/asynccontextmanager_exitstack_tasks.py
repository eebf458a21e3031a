# contextlib async tools with tasks: asynccontextmanager, AsyncExitStack callbacks order, aclosing
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"{name} saw {e}")
        raise
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")

async def agen(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("agen closed")

async def main():
    log = []
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a", log))
        b = await stack.enter_async_context(resource("b", log))
        stack.push_async_callback(asyncio.sleep, 0)
        async def cb(x):
            log.append(f"callback {x}")
        stack.push_async_callback(cb, 1)
        stack.callback(log.append, "sync callback")
        log.append(f"body {a}{b}")
    print(log)
    log.clear()
    try:
        async with resource("c", log) as c, resource("d", log) as d:
            raise ValueError("oops")
    except ValueError as e:
        log.append(f"outside {e}")
    print(log)
    log.clear()
    async with contextlib.aclosing(agen(log)) as g:
        async for v in g:
            if v == 2:
                break
    print(log)
    cm = resource("e", log)
    print(type(cm).__name__)
    await cm.__aenter__()
    print(await cm.__aexit__(None, None, None), log[-2:])
    @resource("deco", log)
    async def decorated(x):
        log.append(f"decorated {x}")
        return x * 2
    print(await decorated(5), log[-3:])
    async with contextlib.nullcontext(7) as n:
        print("nullcontext", n)
    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    @contextlib.asynccontextmanager
    async def two_yields():
        yield 1
        yield 2
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
