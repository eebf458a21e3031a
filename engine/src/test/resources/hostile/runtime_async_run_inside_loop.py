import asyncio


async def inner():
    return 1


async def main():
    print(asyncio.run(inner()))


asyncio.run(main())
