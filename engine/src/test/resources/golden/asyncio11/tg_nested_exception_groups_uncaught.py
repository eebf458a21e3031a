import asyncio

async def boom(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom("in-1", 0.01))
        tg.create_task(boom("in-2", 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(boom("outer", 0.02))
        t = tg.create_task(asyncio.sleep(1))

asyncio.run(main())
