import asyncio


async def spin():
    while True:
        await asyncio.sleep(0)


async def main():
    print("spinning")
    await spin()


asyncio.run(main())
