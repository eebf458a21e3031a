# "Task exception was never retrieved" for a task that ended with an ExceptionGroup (nested, with notes)
import asyncio
import gc

async def fail(kind):
    await asyncio.sleep(0)
    if kind == "v":
        raise ValueError("bad value")
    e = KeyError("missing")
    e.add_note("looked in the cache")
    raise e

async def group_owner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("v"))
        tg.create_task(inner_group())

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("k"))

async def main():
    t = asyncio.create_task(group_owner())
    await asyncio.sleep(0.01)
    print("done:", t.done(), type(t._exception).__name__)
    del t
    gc.collect()
    print("after collect")

asyncio.run(main())
