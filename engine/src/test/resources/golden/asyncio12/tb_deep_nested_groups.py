# Exception groups nested deeper than the printer shows (max depth 10), built by nested TaskGroups.
import asyncio

async def nest(level):
    if level == 0:
        await asyncio.sleep(0)
        raise OSError(5, "deep failure")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(nest(level - 1))

asyncio.run(nest(12))
