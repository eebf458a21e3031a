# "Task exception was never retrieved": the report's text and traceback, for nested calls and chains.
import asyncio
import gc


def parse(text):
    return int(text)


async def load(text):
    await asyncio.sleep(0)
    return parse(text)


async def chained():
    try:
        await load("x")
    except ValueError as e:
        raise RuntimeError("could not load") from e


async def main():
    t1 = asyncio.create_task(load("nope"), name="loader")
    t2 = asyncio.create_task(chained(), name="chained")
    await asyncio.sleep(0.01)
    print("t1 done", t1.done(), "t2 done", t2.done())
    del t1, t2
    gc.collect()
    print("after collect")


asyncio.run(main())
print("end")
