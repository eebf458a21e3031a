import asyncio

async def ticker(name, count, delay):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"
    print(name, "has no more ticks")

async def consume(name, count, delay):
    async for tick in ticker(name, count, delay):
        print("got", tick)
    return name

async def main():
    gen = ticker("demo", 1, 0)
    print(type(gen).__name__, hasattr(gen, "__anext__"))
    results = await asyncio.gather(
        asyncio.create_task(consume("a", 2, 1), name="a"),
        asyncio.create_task(consume("b", 2, 1.5), name="b"),
    )
    print(results)

asyncio.run(main())
