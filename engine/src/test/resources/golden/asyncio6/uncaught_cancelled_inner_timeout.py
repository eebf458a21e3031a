import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    async with asyncio.timeout(0.01):
        await slow()

asyncio.run(main())
