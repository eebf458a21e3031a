# Exception groups from nested task groups escaping asyncio.run: the tree on stderr.
import asyncio

async def fail(exc):
    await asyncio.sleep(0)
    raise exc

async def group_of(*excs):
    async with asyncio.TaskGroup() as tg:
        for e in excs:
            tg.create_task(fail(e))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(group_of(ValueError("v1"), TypeError("t1")))
        tg.create_task(fail(KeyError("k1")))
        print("groups started")

asyncio.run(main())
