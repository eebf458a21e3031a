# Calling asyncio.run from inside a coroutine.
import asyncio


async def helper():
    return 1


async def main():
    return asyncio.run(helper())


asyncio.run(main())
