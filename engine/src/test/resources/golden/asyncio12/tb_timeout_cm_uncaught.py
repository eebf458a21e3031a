import asyncio

async def download(n):
    for i in range(n):
        await asyncio.sleep(0.004)
        print("chunk", i)

async def main():
    async with asyncio.timeout(0.01):
        await download(5)

asyncio.run(main())
