import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    ev = asyncio.Event()
    print(repr(ev)[-10:], ev.is_set())
    sem = asyncio.Semaphore(0)
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    b = asyncio.Barrier(2)
    print(b.parties, b.n_waiting, b.broken)
    async def w(i):
        idx = await b.wait()
        print("passed", i, idx)
    await asyncio.gather(w(0), w(1))
    await b.abort()
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("Broken", repr(e))
    await b.reset()
    print(b.broken)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    async with lock:
        print("locked", lock.locked())
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
