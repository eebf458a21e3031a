import asyncio, re

def clean(r):
    return re.sub(r" at 0x[0-9a-f]+", "", r)

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    q = asyncio.Queue(3)
    for o in (lock, ev, sem, bsem, cond, q):
        print(clean(repr(o)))
    await lock.acquire()
    ev.set()
    await sem.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    q.put_nowait(1)
    for o in (lock, ev, sem, q):
        print(clean(repr(o)))
    lock.release()
    await waiter
    print(clean(repr(lock)), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    bsem.release() if False else None
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    async with cond:
        print(clean(repr(cond)))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    b = asyncio.Barrier(2)
    print(clean(repr(b)))

asyncio.run(main())
