import asyncio
import statistics
from itertools import islice, accumulate, groupby
from functools import reduce

async def readings(sensor, n, step):
    value = 20.0
    for i in range(n):
        value += step * (-1) ** i * (i % 3)
        yield round(value, 2)
        await asyncio.sleep(0)

async def collect(sensor, n, step):
    return sensor, [v async for v in readings(sensor, n, step)]

async def main():
    results = dict(await asyncio.gather(collect("north", 7, 0.5), collect("south", 5, 1.25)))
    for name, vals in results.items():
        print(f"{name:>6}: {vals}")
        print(f"        mean={statistics.mean(vals):.3f} median={statistics.median(vals)} "
              f"stdev={statistics.pstdev(vals):.4f}")
        print("        running max:", list(accumulate(vals, max)))
        print("        runs:", [(k, len(list(g))) for k, g in groupby(vals, key=lambda v: v >= 20)])
    first3 = [v async for v in readings("x", 10, 2) if v > 19][:3]
    print(first3, reduce(lambda a, b: a * b, [1.5, 2, 4]))
    print(f"{1234567.891:,.2f} {0.000123:.2e} {42:#010b} {-7 // 2} {-7 % 3} {divmod(-9, 4)}")

asyncio.run(main())
