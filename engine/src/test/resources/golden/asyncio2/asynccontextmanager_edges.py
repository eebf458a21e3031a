# contextlib.asynccontextmanager: exceptions in the body, suppression, a generator that does not yield.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} handled {e!r}")
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")


@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield


@contextlib.asynccontextmanager
async def two_yields():
    yield 1
    yield 2


async def main():
    log = []
    async with resource("a", log) as r:
        log.append(f"body {r}")
    async with resource("b", log):
        raise KeyError("suppressed")
    try:
        async with resource("c", log):
            raise ValueError("passes through")
    except ValueError as e:
        log.append(f"caught {e!r}")
    print("\n".join(log))
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with contextlib.AsyncExitStack() as stack:
        log.clear()
        for n in "xyz":
            await stack.enter_async_context(resource(n, log))
        stack.push_async_callback(lambda: asyncio.sleep(0))
    print(log)


asyncio.run(main())
