import asyncio

LATENCY = {"alpha": 0.03, "beta": 0.01, "gamma": 0.025, "delta": 0.01, "omega": 0.04}

async def fetch(sem, name, log):
    async with sem:
        log.append(f"start {name}")
        await asyncio.sleep(LATENCY[name])
        if name == "gamma":
            raise ConnectionError(f"{name}: reset by peer")
        log.append(f"end {name}")
        return len(name)

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    tasks = {n: asyncio.create_task(fetch(sem, n, log), name=n) for n in LATENCY}
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for line in log:
        print(line)
    for name, r in zip(tasks, results):
        status = f"error {r!r}" if isinstance(r, Exception) else f"ok {r}"
        print(f"{name:>6}: {status}")
    total = sum(r for r in results if not isinstance(r, Exception))
    print("total", total)

asyncio.run(main())
