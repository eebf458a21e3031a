import asyncio, time

async def main():
    loop = asyncio.get_running_loop()
    for d in (0.05, 0.15, 0.25, 0.35, 0.125):
        t0 = loop.time()
        await asyncio.sleep(d)
        el = loop.time() - t0
        print(d, round(el, 1), el >= d, f'{el:.2f}' if d == 0.125 else '')
    t0 = time.monotonic()
    await asyncio.gather(asyncio.sleep(0.15), asyncio.sleep(0.05))
    print('gather', round(time.monotonic() - t0, 1))
    t0 = time.perf_counter()
    time.sleep(0.25)
    print('blocking', round(time.perf_counter() - t0, 1))
    a = loop.time(); b = loop.time()
    print(b > a, b - a < 0.001)

asyncio.run(main())
