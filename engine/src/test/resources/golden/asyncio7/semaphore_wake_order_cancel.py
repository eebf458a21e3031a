import asyncio

async def worker(sem, name, log, hold):
    log.append(f"{name} waits")
    try:
        async with sem:
            log.append(f"{name} in (value={sem._value})")
            for _ in range(hold):
                await asyncio.sleep(0)
        log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    ts = {n: asyncio.create_task(worker(sem, n, log, 3)) for n in "ABCD"}
    await asyncio.sleep(0)
    ts["B"].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ts["C"].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print("\n".join(log))
    print("final value:", sem._value, "locked:", sem.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
