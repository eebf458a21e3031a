import asyncio


async def main():
    ticks = 0
    while True:
        await asyncio.sleep(1)
        ticks += 1


asyncio.run(main())
