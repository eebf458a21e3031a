import asyncio

async def main():
    ev = asyncio.Event()
    print(ev.is_set(), repr(ev).split(" [")[1])
    ev.set(); ev.set()
    print(await ev.wait(), repr(ev).split(" [")[1])
    ev.clear()
    results = []
    async def wait_ev(n):
        await ev.wait()
        results.append(n)
    ts = [asyncio.create_task(wait_ev(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split(" [")[1])
    ev.set(); ev.clear()
    await asyncio.gather(*ts)
    print("woken despite clear:", results)

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            v = await cond.wait_for(lambda: len(items) > 0)
            results.append((n, items.pop(0), v))
    results.clear()
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["a", "b"])
        cond.notify(1)
    await asyncio.sleep(0)
    print("after notify(1):", results)
    async with cond:
        cond.notify_all()
    await asyncio.sleep(0)
    print("after notify_all:", results)
    async with cond:
        items.append("c")
        cond.notify()
    await asyncio.gather(*cs)
    print(results)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock locked via condition:", c2.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(0)
    print(sem.locked(), repr(sem).split(" [")[1])
    sem.release(); sem.release()
    print(sem.locked(), repr(sem).split(" [")[1])
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    order = []
    sem = asyncio.Semaphore(2)
    async def limited(n):
        async with sem:
            order.append(f"in {n}")
            await asyncio.sleep(0.01)
            order.append(f"out {n}")
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(order)

asyncio.run(main())
