import asyncio

async def main():
    lock = asyncio.Lock()
    print(repr(lock).split(" at ")[-1].split(" ", 1)[1])
    try:
        lock.release()
    except RuntimeError as e:
        print("release unlocked:", e)
    await lock.acquire()
    print(repr(lock).split(" at ")[-1].split(" ", 1)[1])
    async def other():
        lock.release()
        print("another task released it")
    await asyncio.create_task(other())
    print(lock.locked())
    try:
        with lock:
            pass
    except Exception as e:
        print(type(e).__name__, e)
    try:
        async with asyncio.Lock() as x:
            print("async with value:", x)
    except Exception as e:
        print(type(e).__name__, e)
    s = asyncio.Semaphore(0)
    print(s.locked(), repr(s).split(" at ")[-1].split(" ", 1)[1])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s.release(); s.release()
    print(repr(s).split(" at ")[-1].split(" ", 1)[1])

asyncio.run(main())
