# Uncaught error raised inside an asynccontextmanager's cleanup while the body also failed.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print("open", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0)
        print("closing", name)
        raise ConnectionError(f"{name}: close failed")


async def handler():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("db"))
        b = await stack.enter_async_context(connection("cache"))
        print("using", a, b)
        raise LookupError("missing row")


async def main():
    t = asyncio.create_task(handler())
    await t


asyncio.run(main())
