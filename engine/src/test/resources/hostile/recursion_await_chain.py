import asyncio


async def descend(n):
    return await descend(n + 1)


async def main():
    print("descending")
    await descend(0)


asyncio.run(main())
