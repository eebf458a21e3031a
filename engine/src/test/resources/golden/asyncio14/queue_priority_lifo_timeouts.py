import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (0, "first"), (1, "y")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1); await lq.put(2)
    print(lq.full(), lq, repr(lq)[:13])
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", type(asyncio.QueueFull()).__mro__[1].__name__)
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except TimeoutError:
        print("get timed out; getters left:", len(q._getters))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("x")
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled after put; queue size", q.qsize())
    else:
        print("getter got", getter.result())
    q2 = asyncio.Queue(maxsize=1)
    await q2.put("a")
    putter = asyncio.create_task(q2.put("b"))
    await asyncio.sleep(0)
    print("putter waiting:", not putter.done(), q2.qsize())
    print("got", q2.get_nowait())
    await asyncio.sleep(0)
    print("putter done:", putter.done(), q2.qsize(), q2.get_nowait())
    q3 = asyncio.Queue()
    for i in range(3):
        q3.put_nowait(i)
    async def worker():
        while True:
            item = await q3.get()
            await asyncio.sleep(0.01 * item)
            print("processed", item)
            q3.task_done()
    ws = [asyncio.create_task(worker()) for _ in range(2)]
    await q3.join()
    print("joined; unfinished", q3._unfinished_tasks)
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q3.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
