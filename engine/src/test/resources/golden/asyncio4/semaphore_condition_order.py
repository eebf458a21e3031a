import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    order = []
    async def user(n, hold):
        async with sem:
            order.append(f"in{n}")
            await asyncio.sleep(hold)
            order.append(f"out{n}")
    ts = [asyncio.create_task(user(i, 0.01 if i % 2 else 0)) for i in range(4)]
    await asyncio.sleep(0)
    late = asyncio.create_task(user(9, 0))
    await asyncio.gather(*ts, late)
    print(order)
    cond = asyncio.Condition()
    state = {"n": 0}
    log = []
    async def waiter(k):
        async with cond:
            await cond.wait_for(lambda: state["n"] >= k)
            log.append((k, state["n"]))
    ws = [asyncio.create_task(waiter(k)) for k in (3, 1, 2)]
    for _ in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            cond.notify_all()
    await asyncio.gather(*ws)
    print(log)
    async def bad_pred():
        async with cond:
            await cond.wait_for(lambda: 1 / 0)
    try:
        await bad_pred()
    except ZeroDivisionError as e:
        print("predicate error:", e, "lock released:", not cond.locked())
    s2 = asyncio.Semaphore(2)
    print(s2._value, s2.locked())
    await s2.acquire(); await s2.acquire()
    print(s2.locked())
    w = asyncio.create_task(s2.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    s2.release()
    print("after cancel+release locked:", s2.locked(), w.cancelled())

asyncio.run(main())
