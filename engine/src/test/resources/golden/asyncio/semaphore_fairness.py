# Semaphore hands a released unit to the first waiter; a new arrival cannot
# jump the queue, and a cancelled waiter gives its unit to the next one.
import asyncio

async def worker(name, sem, hold, log):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} got (value={sem._value})")
        await asyncio.sleep(hold)
    log.append(f"{name} released")

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    tasks = [asyncio.create_task(worker(f"t{i}", sem, 0.01 * (i + 1), log)) for i in range(4)]
    await asyncio.sleep(0)
    print("locked with waiters:", sem.locked())
    await asyncio.gather(*tasks)
    print("\n".join(log))

    log.clear()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w1 = asyncio.create_task(worker("w1", sem, 0, log))
    w2 = asyncio.create_task(worker("w2", sem, 0, log))
    await asyncio.sleep(0)
    sem.release()
    # The unit is handed to w1 now; a fresh acquire() must wait behind it.
    w3 = asyncio.create_task(worker("w3", sem, 0, log))
    w1.cancel()
    await asyncio.gather(w1, w2, w3, return_exceptions=True)
    print("\n".join(log))
    print("value after all:", sem._value, "locked:", sem.locked())

    b = asyncio.BoundedSemaphore(2)
    async with b:
        async with b:
            print("inside both:", b.locked())
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
