import asyncio

async def readings(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        if i == 2:
            raise ValueError(f"sensor {limit} broke at {i}")
        yield i

async def consume(limit):
    total = 0
    async for r in readings(limit):
        total += r
    return total

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(consume(2))
        b = tg.create_task(consume(5))
    print(a.result(), b.result())

asyncio.run(main())
