import asyncio

async def sleeper(name, delays):
    for delay in delays:
        await asyncio.sleep(delay)
        print(name, "wakes")

async def main():
    await asyncio.gather(
        asyncio.create_task(sleeper("A", [3]), name="A"),
        asyncio.create_task(sleeper("B", [0.5, 1]), name="B"),
        asyncio.create_task(sleeper("C", [1, 1.5]), name="C"),
    )

asyncio.run(main())
