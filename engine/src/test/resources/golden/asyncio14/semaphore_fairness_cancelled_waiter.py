import asyncio

async def job(sem, name, log, hold):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} in (value={sem._value})")
        for _ in range(hold):
            await asyncio.sleep(0)
    log.append(f"{name} out")

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    a = asyncio.create_task(job(sem, "a", log, 2))
    await asyncio.sleep(0)
    b = asyncio.create_task(job(sem, "b", log, 1))
    c = asyncio.create_task(job(sem, "c", log, 1))
    await asyncio.sleep(0)
    b.cancel()
    d = asyncio.create_task(job(sem, "d", log, 0))
    await asyncio.gather(a, c, d, b, return_exceptions=True)
    print("\n".join(log))
    print(sem.locked(), sem._value, b.cancelled())
    bs = asyncio.BoundedSemaphore(2)
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

asyncio.run(main())
