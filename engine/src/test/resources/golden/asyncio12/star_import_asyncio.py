# `from asyncio import *` as some tutorials write it: which names arrive.
from asyncio import *

async def double(x):
    await sleep(0)
    return x * 2

async def main():
    print(await gather(double(1), double(2)))
    q = Queue()
    await q.put(1)
    print(await wait_for(q.get(), 1))
    print(await to_thread(sum, [1, 2, 3]))
    print(callable(run_coroutine_threadsafe), callable(create_task), isinstance(current_task(), Task))
    try:
        async with TaskGroup() as tg:
            tg.create_task(double(3))
    except NameError as e:
        print("NameError:", e)
    import asyncio
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(double(4))
    print(t.result())
    for name in ("TaskGroup", "to_thread", "Runner", "timeout", "Barrier", "StreamReader",
                 "BaseEventLoop", "iscoroutinefunction"):
        print(name, name in globals())

run(main())
