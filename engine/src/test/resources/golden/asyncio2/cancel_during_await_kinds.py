# cancel() delivered while a task waits on different kinds of awaitables.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    event = asyncio.Event()
    queue = asyncio.Queue()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    fut = loop.create_future()
    other = asyncio.create_task(asyncio.sleep(10))

    async def wait_cond():
        async with cond:
            await cond.wait()

    kinds = {
        "sleep": lambda: asyncio.sleep(5),
        "future": lambda: fut,
        "event": event.wait,
        "lock": lock.acquire,
        "queue": queue.get,
        "condition": wait_cond,
        "semaphore": sem.acquire,
        "task": lambda: other,
        "gather": lambda: asyncio.gather(asyncio.sleep(5), asyncio.sleep(6)),
        "wait_for": lambda: asyncio.wait_for(asyncio.sleep(5), 10),
        "shield": lambda: asyncio.shield(asyncio.sleep(5)),
    }

    async def waiter(kind, make):
        try:
            await make()
        except asyncio.CancelledError as e:
            print(f"{kind:<10} cancelled args={e.args}")
            raise
        print(f"{kind:<10} finished?!")

    tasks = [asyncio.create_task(waiter(k, m), name=k) for k, m in kinds.items()]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel(f"msg-{t.get_name()}")
    for t in tasks:
        try:
            await t
        except asyncio.CancelledError:
            pass
    print("future cancelled:", fut.cancelled(), "other cancelled:", other.cancelled())
    print("lock locked:", lock.locked(), "queue empty:", queue.empty(), "sem locked:", sem.locked())
    other.cancel()
    lock.release()


asyncio.run(main())
