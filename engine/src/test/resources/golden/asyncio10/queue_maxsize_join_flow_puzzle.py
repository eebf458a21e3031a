# Queue(maxsize=2): producer blocked on put, consumer task_done, join wakes; repr along the way
import asyncio
import re

def r(q):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(q))

async def producer(q, n):
    for i in range(n):
        print(f"put {i} (qsize={q.qsize()} full={q.full()})")
        await q.put(i)
        print(f"put {i} done")
    print("producer done")

async def consumer(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()
        print(f"{name} done {item} unfinished={q._unfinished_tasks}")

async def main():
    q = asyncio.Queue(maxsize=2)
    print(r(q))
    p = asyncio.create_task(producer(q, 5))
    await asyncio.sleep(0)
    print(r(q))
    c = asyncio.create_task(consumer(q, "c"))
    await p
    print("joining", r(q))
    await q.join()
    print("joined", r(q))
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", r(q))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join returns at once")
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(r(q))
    q.put_nowait("late")
    print(r(q), q.qsize())
    print(await g, q.qsize())

asyncio.run(main())
