# Lock, Semaphore, BoundedSemaphore and Condition misuse errors.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock.release:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    async with lock:
        print("locked inside:", lock.locked())
    print("locked after:", lock.locked())

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("Semaphore(-1):", e)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print("unbounded release ok, locked:", s.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("BoundedSemaphore:", e)

    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("notify_all:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.release()
    except RuntimeError as e:
        print("Condition.release:", e)
    async with cond:
        cond.notify(5)
        print("notify with no waiters is fine")

    ev = asyncio.Event()
    try:
        await ev
    except TypeError as e:
        print("await Event:", e)


asyncio.run(main())
