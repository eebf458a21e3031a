# Limiting concurrency with a Semaphore: at most two downloads at a time; the order they run in.
import asyncio

active = 0
peak = 0
log = []


async def download(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"start {n} (active {active})")
        await asyncio.sleep(0.05 * (n % 3 + 1))
        active -= 1
        log.append(f"end {n}")
        return n * n


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(download(sem, n) for n in range(6)))
    print(results, "peak", peak)
    print("\n".join(log))


asyncio.run(main())
