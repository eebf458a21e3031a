# Scheduler: gather over many tasks, nested gathers, results in argument order, and a few
# sleeps with different delays on the virtual clock (no wall-clock values are printed).
import asyncio


async def job(n):
    acc = n
    for k in range(20):
        acc = (acc * 17 + k) % 65537
    if n % 4 == 0:
        await asyncio.sleep(0)
    return acc


async def batch(start, size):
    results = await asyncio.gather(*(job(start + i) for i in range(size)))
    return sum(results) % 1000003


async def delayed(i):
    await asyncio.sleep((i % 5) * 0.001)
    return i % 5


async def main():
    total = 0
    for r in range(48):
        total = (total + await batch(r * 1000, 1000)) % 1000003
    print("flat:", total)
    nested = await asyncio.gather(*(batch(i * 100, 100) for i in range(200)))
    print("nested:", len(nested), sum(nested) % 1000003, nested[:3])
    timed = await asyncio.gather(*(delayed(i) for i in range(9000)))
    print("timed:", sum(timed), timed[:7])
    mixed = await asyncio.gather(*(asyncio.create_task(job(i)) for i in range(10000)))
    print("tasks:", sum(mixed) % 1000003)


asyncio.run(main())
