import re as _re

_print = print


def print(*args, **kw):
    # Object reprs show addresses: masked so the output is the same from run to run.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a)) for a in args), **kw)


import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(repr(q).split(" at ")[0], q)
    await q.put(1)
    print(q, q.qsize(), q.full(), q.empty())
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print(q)
    q.get_nowait(); q.task_done()
    q.get_nowait(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    lock = asyncio.Lock()
    print(lock)
    async with lock:
        print(lock, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.BoundedSemaphore(2)
    print(sem)
    await sem.acquire()
    print(sem, sem.locked())
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    ev = asyncio.Event()
    print(ev)
    ev.set()
    print(ev)
    cond = asyncio.Condition()
    print(cond)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer got", items.pop())
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    print(cond)
    async with cond:
        items.append("x")
        cond.notify_all()
    await t
    b = asyncio.Barrier(2)
    print(b)
    async def party(i):
        r = await b.wait()
        return r
    rs = await asyncio.gather(party(1), party(2))
    print(sorted(rs), b, b.n_waiting, b.broken)
    await b.reset()
    print(b)
    await b.abort()
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        pq.put_nowait((v, str(v)))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for v in "abc":
        lq.put_nowait(v)
    print(lq, [lq.get_nowait() for _ in range(3)])

asyncio.run(main())
