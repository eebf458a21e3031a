import asyncio

async def main():
    for Q in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = Q(maxsize=3)
        for x in (5, 1, 3):
            q.put_nowait(x)
        print(Q.__name__, q.qsize(), q.full(), q.empty(), q.maxsize)
        try:
            q.put_nowait(9)
        except asyncio.QueueFull as e:
            print("QueueFull", repr(e))
        print([q.get_nowait() for _ in range(3)])
        try:
            q.get_nowait()
        except asyncio.QueueEmpty as e:
            print("QueueEmpty", repr(e))
    q = asyncio.Queue(2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, "size", q.qsize())
        await q.join()
        print("producer: all done")
    async def consumer(n):
        while True:
            item = await q.get()
            print(f"c{n} got", item)
            await asyncio.sleep(0)
            q.task_done()
    p = asyncio.create_task(producer())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await p
    for c in cs:
        c.cancel()
    res = await asyncio.gather(*cs, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    q2 = asyncio.Queue(0)
    print(q2.full(), q2.maxsize)
    q3 = asyncio.Queue()
    q3.put_nowait(1)
    print(str(q3))
    print(repr(q3).split(" at ")[0], repr(q3).split(">")[-2][-25:])
    w = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    w.cancel()

asyncio.run(main())
