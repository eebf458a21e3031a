import asyncio

async def user(sem, name, hold):
    print(name, "wants", "locked" if sem.locked() else "free")
    async with sem:
        print(name, "got it")
        await asyncio.sleep(hold)
    print(name, "released")

async def main():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(user(sem, f"u{i}", 0.01 * (i % 2 + 1))) for i in range(5)]
    await asyncio.sleep(0)
    print("value", sem._value, "waiters", len(sem._waiters) if sem._waiters else 0)
    tasks[3].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("final", sem._value, sem.locked())
    # release before acquire lets a newcomer in
    sem = asyncio.Semaphore(0)
    async def waiter(i):
        await sem.acquire()
        print("waiter", i, "acquired")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release(); sem.release()
    print("released twice; locked?", sem.locked())
    await asyncio.sleep(0)
    print("after one tick")
    sem.release()
    await asyncio.gather(*ws)
    # Event: set/clear quickly
    ev = asyncio.Event()
    async def ew(i):
        await ev.wait()
        print("event waiter", i, ev.is_set())
    es = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set(); ev.clear()
    await asyncio.gather(*es)
    print(repr(ev).split("[")[1])
    # Lock fairness with cancellation of the next-in-line
    lock = asyncio.Lock()
    async def lw(i):
        async with lock:
            print("lock holder", i)
            await asyncio.sleep(0)
    await lock.acquire()
    ls = [asyncio.create_task(lw(i)) for i in range(3)]
    await asyncio.sleep(0)
    lock.release()
    ls[0].cancel()
    await asyncio.gather(*ls, return_exceptions=True)
    print([t.cancelled() for t in ls])

asyncio.run(main())
