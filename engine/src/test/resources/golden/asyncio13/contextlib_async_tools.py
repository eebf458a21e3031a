# contextlib in async code: asynccontextmanager, AsyncExitStack callbacks, aclosing, nullcontext.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw {e!r}, suppress")
    finally:
        log.append(f"close {name}")


async def ticker(log):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append("ticker finally")


async def main():
    log = []
    async with resource("a", log) as a, resource("b", log) as b:
        log.append(f"body {a} {b}")
        raise KeyError("k")
    print(log); log.clear()

    async with contextlib.AsyncExitStack() as stack:
        async def acb(x):
            log.append(f"async cb {x}")
        stack.push_async_callback(acb, 1)
        stack.callback(log.append, "sync cb")
        r = await stack.enter_async_context(resource("c", log))
        log.append(f"got {r}")
        def exit_fn(et, ev, tb):
            log.append(f"exit fn {et.__name__ if et else None}")
            return False
        stack.push(exit_fn)
        async def aexit_fn(et, ev, tb):
            log.append("aexit fn")
        stack.push_async_exit(aexit_fn)
    print(log); log.clear()

    stack = contextlib.AsyncExitStack()
    await stack.__aenter__()
    stack.push_async_callback(acb, 2)
    moved = stack.pop_all()
    await stack.aclose()
    log.append("popped stack closed")
    await moved.aclose()
    print(log); log.clear()

    try:
        async with contextlib.AsyncExitStack() as st:
            st.enter_context(contextlib.nullcontext())
            await st.enter_async_context(contextlib.nullcontext())
    except TypeError as e:
        print("nullcontext:", e)
    async with contextlib.nullcontext(42) as v:
        print("nullcontext value", v)

    async with contextlib.aclosing(ticker(log)) as t:
        async for i in t:
            if i == 2:
                break
    print(log); log.clear()

    try:
        async with contextlib.AsyncExitStack() as st:
            await st.enter_async_context(contextlib.suppress(ValueError))
    except TypeError as e:
        print("sync cm in enter_async_context:", e)
    try:
        with contextlib.ExitStack() as st:
            st.enter_context(resource("z", log))
    except TypeError as e:
        print("async cm in enter_context:", e)
    print(log)

    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("no yield:", e)

    @contextlib.asynccontextmanager
    async def two_yields():
        yield 1
        yield 2
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("two yields:", e)


asyncio.run(main())
