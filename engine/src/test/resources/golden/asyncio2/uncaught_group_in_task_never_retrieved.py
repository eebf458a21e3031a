# An ExceptionGroup stored in a task nobody awaits: "Task exception was never retrieved" draws the tree.
import asyncio
import gc


async def fails():
    await asyncio.sleep(0)
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b")])


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    print("main continues")


asyncio.run(main())
