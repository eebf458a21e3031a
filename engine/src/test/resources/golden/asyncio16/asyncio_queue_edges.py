import asyncio

async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError again:", e)
    await q.join()
    print("join returns at once")

    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    class Job:
        def __init__(self, n):
            self.n = n
    pq.put_nowait((1, Job(1)))
    pq.put_nowait((0, Job(0)))
    print(pq.get_nowait()[1].n)
    try:
        pq.put_nowait((1, Job(2)))
    except TypeError as e:
        print("TypeError:", e)
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait("a"); lq.put_nowait("b")
    try:
        lq.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", lq.qsize(), lq.full())
    print(lq.get_nowait(), lq.get_nowait(), lq.empty())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

    q = asyncio.Queue(maxsize=1)
    order = []
    async def producer():
        for i in range(3):
            await q.put(i)
            order.append(f"put {i}")
    async def consumer():
        for _ in range(3):
            v = await q.get()
            order.append(f"got {v}")
            q.task_done()
    await asyncio.gather(producer(), consumer())
    print(order)

    q = asyncio.Queue()
    async def waiter():
        try:
            return await asyncio.wait_for(q.get(), 0.01)
        except TimeoutError:
            return "timeout"
    print(await waiter(), q.qsize(), len(q._getters))
    q.put_nowait("late")
    print(await waiter())
    print(asyncio.Queue(maxsize=-1).maxsize, asyncio.Queue(maxsize=-1).full())
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    async def joiner(name):
        await q.join()
        print("joined", name)
    j = [asyncio.create_task(joiner(n)) for n in "ab"]
    await asyncio.sleep(0)
    for _ in range(3):
        q.get_nowait()
        q.task_done()
        print("unfinished", q._unfinished_tasks)
    await asyncio.gather(*j)

asyncio.run(main())
