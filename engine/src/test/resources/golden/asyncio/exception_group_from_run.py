import asyncio

async def a():
    await asyncio.sleep(0.1)
    raise ValueError('a failed')

async def b():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(c())
        tg.create_task(c())

async def c():
    raise KeyError('c')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(a())
        tg.create_task(b())

asyncio.run(main())
