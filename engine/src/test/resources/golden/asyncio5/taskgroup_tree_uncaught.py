# nested TaskGroups failing: the uncaught exception group tree with causes and notes
import asyncio

class AppError(Exception):
    pass

async def fail(n, delay):
    await asyncio.sleep(delay)
    if n % 2:
        try:
            {}["k%d" % n]
        except KeyError as e:
            raise AppError(f"job {n}") from e
    e = ValueError(n)
    e.add_note(f"note for {n}")
    raise e

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1, 0.01))
        tg.create_task(fail(2, 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail(4, 0.02))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
