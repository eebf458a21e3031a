import asyncio

async def point(kind, make):
    try:
        await make()
    except asyncio.CancelledError as e:
        print(f"{kind:<10} caught {e.args!r}")
        try:
            await asyncio.sleep(0)
            print(f"{kind:<10} cleanup awaited fine")
        finally:
            print(f"{kind:<10} finally")
        raise
    return "not cancelled"

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await lock.acquire()
    ev = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    fut = loop.create_future()

    async def cond_wait():
        async with cond:
            await cond.wait()

    async def tg():
        async with asyncio.TaskGroup() as g:
            g.create_task(asyncio.sleep(5))

    async def tmo():
        async with asyncio.timeout(5):
            await asyncio.sleep(5)

    kinds = {
        "sleep": lambda: asyncio.sleep(5),
        "queue.get": q.get,
        "lock": lock.acquire,
        "event": ev.wait,
        "condition": cond_wait,
        "semaphore": sem.acquire,
        "future": lambda: fut,
        "gather": lambda: asyncio.gather(asyncio.sleep(5), asyncio.sleep(6)),
        "wait_for": lambda: asyncio.wait_for(asyncio.sleep(5), 10),
        "timeout": tmo,
        "shield": lambda: asyncio.shield(asyncio.sleep(5)),
        "taskgroup": tg,
    }
    tasks = {k: asyncio.create_task(point(k, m), name=k) for k, m in kinds.items()}
    await asyncio.sleep(0.01)
    for k, t in tasks.items():
        t.cancel(f"stop {k}")
    res = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for k, r in zip(tasks, res):
        print(f"{k:<10} -> {type(r).__name__}{r.args!r} cancelled={tasks[k].cancelled()}")
    print("lock still locked:", lock.locked(), "fut cancelled:", fut.cancelled())

asyncio.run(main())
