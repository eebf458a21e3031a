import asyncio

async def worker(n):
    await asyncio.sleep(n % 7 / 100)
    await asyncio.sleep(0)
    return n * n

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(100)]
    results = await asyncio.gather(*tasks)
    print(sum(results))

asyncio.run(main())
