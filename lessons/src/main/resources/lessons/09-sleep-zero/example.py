import asyncio

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(
        asyncio.create_task(counter("A", 3), name="A"),
        asyncio.create_task(counter("B", 2), name="B"),
        asyncio.create_task(counter("C", 3), name="C"),
    )

asyncio.run(main())
