# Common mistake: using the coroutine object as if it were the result.
import asyncio


async def get_number():
    await asyncio.sleep(0)
    return 41


async def main():
    n = get_number()
    print(type(n).__name__)
    print(n + 1)


asyncio.run(main())
