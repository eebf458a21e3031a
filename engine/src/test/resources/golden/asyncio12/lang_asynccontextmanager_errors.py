# contextlib async helpers: asynccontextmanager mistakes, AsyncExitStack order, aclosing.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield

@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw {e!r}, suppressing")
    finally:
        log.append(f"close {name}")

@contextlib.asynccontextmanager
async def reraises_other(log):
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

async def agen(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("agen closed")

async def main():
    log = []
    for cm in (no_yield(), two_yields()):
        try:
            async with cm as v:
                print("body with", v)
        except RuntimeError as e:
            print("RuntimeError:", e)
    async with resource("a", log) as v:
        print("got", v)
        raise KeyError("k")
    print("after suppressed block", log)
    log.clear()
    try:
        async with reraises_other(log):
            raise ValueError("v")
    except TypeError as e:
        print("TypeError", e, "cause", repr(e.__cause__), "context", repr(e.__context__))

    async with contextlib.AsyncExitStack() as stack:
        for n in "xyz":
            v = await stack.enter_async_context(resource(n, log))
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("callback")))
        stack.callback(log.append, "sync callback")
        print("entered", v)
    print(log)
    log.clear()

    async with contextlib.aclosing(agen(log)) as g:
        async for i in g:
            if i == 2:
                break
    print("aclosing:", log)

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(resource("p", log))
            stack.push_async_exit(lambda *exc: asyncio.sleep(0, True))
            raise IndexError("swallowed by push_async_exit")
    except IndexError:
        print("not suppressed")
    print(log)
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(contextlib.nullcontext())
    except TypeError as e:
        print("TypeError:", e)
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
