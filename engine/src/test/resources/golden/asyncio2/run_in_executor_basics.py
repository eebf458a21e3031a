# loop.run_in_executor and asyncio.to_thread: results, exceptions, and arguments.
import asyncio
import functools


def add(a, b=0):
    return a + b


def fail(msg):
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.run_in_executor(None, add, 2, 3)
    print(type(f).__name__, await f)
    print(await loop.run_in_executor(None, functools.partial(add, 1, b=10)))
    try:
        await loop.run_in_executor(None, fail, "in executor")
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.to_thread(add, 4, b=5))
    try:
        await asyncio.to_thread(fail, "in thread")
    except ValueError as e:
        print("ValueError:", e)
    results = await asyncio.gather(*(asyncio.to_thread(add, i, i) for i in range(4)))
    print(results)


asyncio.run(main())
