import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, "size", q.qsize())
    await q.put(None)

async def consumer(q, name):
    got = []
    while (item := await q.get()) is not None:
        got.append(item)
        q.task_done()
        await asyncio.sleep(0)
    q.task_done()
    return name, got

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    results = await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    print(results)
    await q.join()
    print("joined", q.qsize(), q._unfinished_tasks if hasattr(q, "_unfinished_tasks") else "")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    async with asyncio.timeout(None) as cm:
        print("timeout None:", cm.when(), cm.expired())
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (2, "a")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

asyncio.run(main())
