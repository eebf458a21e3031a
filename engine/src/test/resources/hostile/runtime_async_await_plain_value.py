import asyncio


def compute():
    return 5


async def main():
    value = await compute()
    print(value)


asyncio.run(main())
