import re as _re

_print = print


def print(*args, **kw):
    # Object reprs show addresses: masked so the output is the same from run to run.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a)) for a in args), **kw)


import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    print("producer done")

async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=1)
    prod = asyncio.create_task(producer(q, 4))
    cons = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await prod
    await q.join()
    for c in cons:
        c.cancel()
    res = await asyncio.gather(*cons, return_exceptions=True)
    print([type(r).__name__ for r in res])
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    blocked = asyncio.create_task(q2.put("y"))
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.sleep(0)
    print(q2.qsize(), blocked.cancelled(), q2)
    getter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled")
    sem = asyncio.Semaphore(1)
    order = []
    async def worker(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(worker(i) for i in range(4)))
    print(order, sem)
    lock = asyncio.Lock()
    async def holder():
        async with lock:
            await asyncio.sleep(0.01)
    async def waiter():
        await lock.acquire()
        lock.release()
        return "acquired"
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(lock)
    print(await w, lock.locked())
    await h

asyncio.run(main())
