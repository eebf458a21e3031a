# Clocks inside asyncio: loop.time, monotonic, perf_counter around sleeps; sleep edge values
import asyncio
import math
import time

async def main():
    loop = asyncio.get_running_loop()
    t0, m0, p0 = loop.time(), time.monotonic(), time.perf_counter()
    await asyncio.sleep(0.2)
    print(round(loop.time() - t0, 1), round(time.monotonic() - m0, 1), round(time.perf_counter() - p0, 1))
    print(abs(loop.time() - time.monotonic()) < 0.01)
    time.sleep(0.1)
    print("blocking sleep moved loop.time:", round(loop.time() - t0, 1))
    for d in [0, -5, 0.0, False]:
        r = await asyncio.sleep(d, result=d)
        print("sleep", repr(d), "->", repr(r))
    t = asyncio.create_task(asyncio.sleep(math.inf))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("inf sleep cancelled")
    for bad in ["1", None]:
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.sleep(math.nan)
        print("nan sleep returned")
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.wait_for(asyncio.sleep(0, "instant"), timeout=0) if False else "skip")
    fut = loop.create_future()
    fut.set_result("done already")
    print(await asyncio.wait_for(fut, timeout=0))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("timeout=0 on pending work -> TimeoutError")
    print(await asyncio.wait_for(asyncio.sleep(0.01, "none"), timeout=None))
    start = loop.time()
    await asyncio.gather(*(asyncio.sleep(0.1 * i) for i in range(5)))
    print("gather of sleeps took", round(loop.time() - start, 1))

asyncio.run(main())
