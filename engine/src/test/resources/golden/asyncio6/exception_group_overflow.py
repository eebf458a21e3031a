import asyncio

async def fail(i):
    await asyncio.sleep(0)
    raise ValueError(f"bad {i}")

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(18):
            tg.create_task(fail(i))

asyncio.run(main())
