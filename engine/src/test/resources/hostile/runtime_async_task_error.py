import asyncio


async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise ConnectionError(f"item {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(fetch(n)) for n in range(4)]
    for t in tasks:
        print(await t)


asyncio.run(main())
