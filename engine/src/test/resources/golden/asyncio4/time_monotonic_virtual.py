import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    t0 = time.monotonic()
    l0 = loop.time()
    await asyncio.sleep(0.2)
    dt = time.monotonic() - t0
    dl = loop.time() - l0
    print("monotonic advanced ~0.2:", round(dt, 1), "loop time ~0.2:", round(dl, 1))
    p0 = time.perf_counter()
    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.3))
    print("gather of 0.1 and 0.3 took ~", round(time.perf_counter() - p0, 1))
    s0 = time.time()
    time.sleep(0.1)
    print("time.sleep blocks ~", round(time.time() - s0, 1))
    print(type(time.monotonic()).__name__, type(loop.time()).__name__, time.monotonic() >= t0)

asyncio.run(main())
