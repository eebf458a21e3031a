# Condition.wait_for re-checks its predicate after every notification; notify
# wakes waiters in FIFO order and each re-acquires the lock before returning.
import asyncio

async def waiter(name, cond, state, log, need):
    async with cond:
        log.append(f"{name} waits for counter >= {need}")
        result = await cond.wait_for(lambda: state["counter"] >= need)
        log.append(f"{name} proceeds (counter={state['counter']}, predicate={result})")

async def main():
    cond = asyncio.Condition()
    state = {"counter": 0}
    log = []
    tasks = [asyncio.create_task(waiter(f"w{n}", cond, state, log, n)) for n in (2, 1, 3)]
    await asyncio.sleep(0)
    for i in range(1, 4):
        async with cond:
            state["counter"] = i
            log.append(f"main sets counter={i} and notifies all")
            cond.notify_all()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("\n".join(log))

    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    print("shares the lock:", cond2.locked() is lock.locked(), lock.locked())
    async with cond2:
        print("inside:", lock.locked(), cond2.locked())
        print("wait_for true predicate:", await cond2.wait_for(lambda: "ready"))
    try:
        await cond2.wait()
    except RuntimeError as e:
        print("wait without lock:", e)

    c3 = asyncio.Condition()
    async def slow(name):
        async with c3:
            await c3.wait()
            log.append(f"{name} woke")
    log.clear()
    ts = [asyncio.create_task(slow(f"s{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with c3:
        c3.notify(2)
    await asyncio.sleep(0.01)
    print(log, [t.done() for t in ts])
    async with c3:
        c3.notify()
    await asyncio.gather(*ts)
    print(log)

asyncio.run(main())
