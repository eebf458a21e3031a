# Common mistake: awaiting a function object instead of a call.
import asyncio


async def fetch():
    return 1


async def main():
    value = await fetch
    print(value)


asyncio.run(main())
