import asyncio

async def joiner(q, name):
    print(f"{name} joins (unfinished={q._unfinished_tasks})")
    await q.join()
    print(f"{name} released")

async def worker(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item} qsize={q.qsize()}")
        await asyncio.sleep(0)
        q.task_done()
        print(f"{name} done {item}")

async def main():
    q = asyncio.Queue(maxsize=2)
    print("join on empty queue returns at once")
    await q.join()
    for i in range(2):
        q.put_nowait(i)
    print("full:", q.full(), "empty:", q.empty())
    j1 = asyncio.create_task(joiner(q, "J1"))
    j2 = asyncio.create_task(joiner(q, "J2"))
    w = asyncio.create_task(worker(q, "W"))
    await q.put(2)
    print("put 2 went through")
    await asyncio.gather(j1, j2)
    print("after joins, qsize:", q.qsize())
    w.cancel()
    await asyncio.sleep(0)
    print("worker cancelled:", w.cancelled())

asyncio.run(main())
