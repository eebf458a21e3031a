import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    t1 = asyncio.create_task(work("a", 1))
    t2 = asyncio.create_task(work("b", 0.5))
    results = await asyncio.gather(t1, t2)
    print(results) # ['a', 'b']

asyncio.run(main())
