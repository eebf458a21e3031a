import asyncio

log = []

async def locker(lock, name, hold):
    async with lock:
        log.append(f"{name} in")
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    ts = [asyncio.create_task(locker(lock, n, h)) for n, h in [("A", 2), ("B", 0), ("C", 1), ("D", 0)]]
    await asyncio.sleep(0)
    ts[2].cancel()   # C cancelled while waiting
    await asyncio.gather(*ts, return_exceptions=True)
    print(log); log.clear()

    sem = asyncio.Semaphore(2)
    async def user(name, hold):
        log.append(f"{name} wait locked={sem.locked()}")
        async with sem:
            log.append(f"{name} got")
            await asyncio.sleep(hold)
        log.append(f"{name} rel")
    await asyncio.gather(*(user(n, h) for n, h in [("u1", 0.02), ("u2", 0.01), ("u3", 0), ("u4", 0), ("u5", 0.01)]))
    print(log); log.clear()

    ev = asyncio.Event()
    async def ew(name):
        log.append(f"{name} waits")
        await ev.wait()
        log.append(f"{name} woke {ev.is_set()}")
    ws = [asyncio.create_task(ew(f"e{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ev.set(); ev.clear()
    await asyncio.sleep(0)
    log.append(f"after set/clear: {[w.done() for w in ws]}")
    await asyncio.gather(*ws)
    print(log); log.clear()

    cond = asyncio.Condition()
    items = []
    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop(0)}")
    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify_all()
    await asyncio.sleep(0)
    log.append(f"left {items} done={[c.done() for c in cs]}")
    async with cond:
        items.append(3)
        cond.notify(1)
    await asyncio.gather(*cs)
    print(log)

asyncio.run(main())
