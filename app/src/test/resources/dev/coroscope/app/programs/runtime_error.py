import asyncio

async def work(n):
    await asyncio.sleep(0)
    return 10 // n

async def main():
    print("start")
    print(await work(0))

asyncio.run(main())
