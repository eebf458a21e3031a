import asyncio


async def work(n):
    await asyncio.sleep(n / 10)
    if n == 1:
        raise ValueError("bad item 1")
    print("finished", n)
    return n


async def main():
    results = await asyncio.gather(work(0), work(1), work(2))
    print(results)


asyncio.run(main())
