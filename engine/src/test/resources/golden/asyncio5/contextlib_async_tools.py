# contextlib's async tools: asynccontextmanager error paths, aclosing, AsyncExitStack order, suppress
import asyncio, contextlib

@contextlib.asynccontextmanager
async def resource(name, fail_enter=False):
    print(f"open {name}")
    if fail_enter:
        raise OSError(f"cannot open {name}")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name} saw {e!r}; swallowing")
    finally:
        await asyncio.sleep(0)
        print(f"close {name}")

async def ticks(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticks closed")

async def main():
    async with resource("a") as a:
        print("using", a)
    async with resource("b"):
        raise KeyError("k")
    print("after b")
    try:
        async with resource("c", fail_enter=True):
            print("never")
    except OSError as e:
        print("OSError:", e)
    try:
        async with resource("d"):
            raise ValueError("v")
    except ValueError as e:
        print("ValueError passes:", e)
    async with contextlib.aclosing(ticks(5)) as t:
        async for i in t:
            if i == 1:
                break
    print("after aclosing")
    async with contextlib.AsyncExitStack() as stack:
        for n in "xyz":
            v = await stack.enter_async_context(resource(n))
            print("entered", v)
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback")
    with contextlib.suppress(ZeroDivisionError, KeyError):
        1 / 0
    print("suppressed")
    cm = resource("e")
    print(type(cm).__name__)
    await cm.__aenter__()
    print(await cm.__aexit__(None, None, None))

asyncio.run(main())
