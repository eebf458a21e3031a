import asyncio

async def boom(kind, delay=0):
    await asyncio.sleep(delay)
    raise kind(f"{kind.__name__} after {delay}")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(KeyError, 0.01))
        tg.create_task(boom(ValueError, 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(boom(TypeError, 0.02))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
