import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return 42


async def main():
    asyncio.sleep(1)
    result = fetch()
    print("result is", type(result).__name__)
    print(await result)


asyncio.run(main())
