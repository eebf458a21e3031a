# Forgetting to await: a task runs anyway if the loop gets a turn; a coroutine never does.
import asyncio
import gc

results = []

async def job(n):
    await asyncio.sleep(0)
    results.append(n)
    return n * 10

async def main():
    t = asyncio.create_task(job(1))      # not awaited, but kept
    asyncio.create_task(job(2))          # not kept at all (still runs: the loop holds it)
    c = job(3)                           # coroutine, never awaited
    print("before any await:", results)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after two sleeps:", results)
    print(t.done(), t.result())
    x = job(4)
    print(type(x).__name__, asyncio.iscoroutine(x))
    print(await x)
    print(f"{c.__qualname__} state:", c.cr_frame is not None, c.cr_running)
    c.close()
    print("closed", c.cr_frame)
    # a task that is done, then its result dropped
    asyncio.ensure_future(job(5))
    await asyncio.sleep(0.001)
    print(results)
    d = job(6)
    del d
    gc.collect()
    print("end of main")

asyncio.run(main())
