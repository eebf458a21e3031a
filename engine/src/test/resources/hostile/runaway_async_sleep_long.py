import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(10 ** 9)
    print("slept", loop.time() - start >= 10 ** 9)


asyncio.run(main())
