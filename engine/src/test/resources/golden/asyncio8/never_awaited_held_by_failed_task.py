import asyncio
import gc

async def fetch(n):
    return n

async def handler(n):
    pending = fetch(n)          # forgot to await it
    raise ValueError(f"handler {n} failed")

async def returns_coro(n):
    return fetch(n)             # a coroutine as the task's result

async def main():
    t = asyncio.create_task(handler(1))
    await asyncio.sleep(0)
    print("exception:", repr(t.exception()))
    del t
    print("after del t")

    t = asyncio.create_task(handler(2))
    try:
        await t
    except ValueError as e:
        print("caught", e)
    print("still held by t")
    t = None
    print("after t = None")

    t = asyncio.create_task(returns_coro(3))
    c = await t
    print("result is a", type(c).__name__)
    del c
    print("after del c, task still holds it")
    del t
    print("after del t (result)")

    tasks = [asyncio.create_task(handler(i)) for i in (4, 5)]
    await asyncio.wait(tasks)
    for x in tasks:
        x.exception()
    print("clearing list")
    tasks.clear()
    print("cleared")

    fut = asyncio.get_running_loop().create_future()
    fut.set_result(fetch(6))
    print("future holds a coroutine")
    fut = None
    print("after fut = None")
    gc.collect()

asyncio.run(main())
print("end")
