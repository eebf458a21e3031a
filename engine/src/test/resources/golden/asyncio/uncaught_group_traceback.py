import asyncio

async def fail(n):
    raise OSError(f'failure {n}')

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(fail(i))

asyncio.run(main())
