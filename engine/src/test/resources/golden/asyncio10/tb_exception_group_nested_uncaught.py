# Nested TaskGroups failing with different errors; outer group uncaught with a context
import asyncio

async def fail(kind, delay):
    await asyncio.sleep(delay)
    if kind == "type":
        raise TypeError("bad type")
    if kind == "value":
        raise ValueError("bad value")
    raise ExceptionGroup("inner manual", [OSError("disk"), KeyError("k")])

async def sub():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("value", 0.01))
        tg.create_task(fail("group", 0.01))

async def main():
    try:
        raise RuntimeError("setup failed")
    except RuntimeError:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sub())
            tg.create_task(fail("type", 0.02))

asyncio.run(main())
