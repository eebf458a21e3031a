# A task's repr names asyncio's own coroutine and where CPython's copy of it stands: the def line
# before the task first runs, the waiting line after.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    q = asyncio.Queue()
    tasks = [
        asyncio.create_task(asyncio.sleep(1, result="r"), name="sleeper"),
        asyncio.create_task(asyncio.sleep(0), name="yielder"),
        asyncio.create_task(lock.acquire(), name="locker"),
        asyncio.create_task(q.get(), name="getter"),
    ]
    for t in tasks:
        print(t)
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)
    for t in tasks:
        print(t)
    lock.release()


asyncio.run(main())
