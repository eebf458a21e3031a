import asyncio, time

async def napper(n):
    t0 = time.perf_counter()
    await asyncio.sleep(n)
    return round(time.perf_counter() - t0, 1)

async def main():
    loop = asyncio.get_running_loop()
    s_loop, s_mono, s_wall, s_pc = loop.time(), time.monotonic(), time.time(), time.perf_counter()
    print(await asyncio.gather(napper(0.2), napper(0.1), napper(0.3)))
    print(round(loop.time() - s_loop, 1), round(time.monotonic() - s_mono, 1), round(time.time() - s_wall, 1), round(time.perf_counter() - s_pc, 1))
    time.sleep(0.1)
    print(round(loop.time() - s_loop, 1))
    t = time.process_time()
    print(type(t).__name__, time.monotonic_ns() > 0, type(time.time_ns()).__name__)
    start = loop.time()
    h = loop.call_later(0.2, lambda: print("timer late?", loop.time() - start >= 0.3))
    time.sleep(0.3)
    await asyncio.sleep(0)
    print("after", 0.3 <= loop.time() - start < 0.6)
    await asyncio.sleep(0.05)
    deadline = loop.time() + 0.1
    async with asyncio.timeout_at(deadline) as cm:
        await asyncio.sleep(0.05)
    print(cm.when() == deadline, cm.expired())

asyncio.run(main())
