# Condition: notify vs notify_all with cancelled waiters, wait_for predicate, lock handoff order
import asyncio

async def main():
    cond = asyncio.Condition()
    items = []
    order = []
    async def consumer(n):
        async with cond:
            order.append(f"c{n} waits")
            await cond.wait_for(lambda: items)
            order.append(f"c{n} got {items.pop(0)}")
    async def plain(n):
        async with cond:
            order.append(f"p{n} waits")
            r = await cond.wait()
            order.append(f"p{n} woke {r}")
    ts = [asyncio.create_task(consumer(i)) for i in range(3)]
    ts += [asyncio.create_task(plain(i)) for i in range(2)]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    print(order, ts[1].cancelled())
    async with cond:
        items.append("x")
        cond.notify(2)
        print("notified 2, locked:", cond.locked())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
    for _ in range(5):
        await asyncio.sleep(0)
    print(order)
    print([t.done() for t in ts])
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify unlocked:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait unlocked:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock:", c2.locked())
    try:
        asyncio.Condition(asyncio.Semaphore())
    except Exception as e:
        print(type(e).__name__)

asyncio.run(main())
