# Predict the order: waiters of an Event, a Lock, a Semaphore, a Queue and a Future all released
# in the same callback, with call_soon callbacks queued before and after.
import asyncio

out = []


async def waiter(name, aw):
    out.append(f"{name} waits")
    r = await aw
    out.append(f"{name} woke ({r!r})")


async def lock_waiter(lock):
    out.append("lock waits")
    async with lock:
        out.append("lock got it")


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(0)
    q = asyncio.Queue()
    fut = loop.create_future()
    await lock.acquire()
    tasks = [
        asyncio.create_task(waiter("event", ev.wait())),
        asyncio.create_task(lock_waiter(lock)),
        asyncio.create_task(waiter("sem", sem.acquire())),
        asyncio.create_task(waiter("queue", q.get())),
        asyncio.create_task(waiter("future", fut)),
        asyncio.create_task(waiter("sleep0", asyncio.sleep(0))),
    ]
    await asyncio.sleep(0)
    out.append("--- release all")

    def release_all():
        out.append("release_all runs")
        loop.call_soon(out.append, "soon from release_all")
        fut.set_result("F")
        q.put_nowait("Q")
        sem.release()
        lock.release()
        ev.set()
        out.append("release_all done")
    loop.call_soon(out.append, "soon before")
    loop.call_soon(release_all)
    loop.call_soon(out.append, "soon after")
    await asyncio.gather(*tasks)
    for i, line in enumerate(out):
        print(f"{i:2} {line}")


asyncio.run(main())
