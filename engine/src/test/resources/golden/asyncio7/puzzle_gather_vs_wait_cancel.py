import asyncio

async def job(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(job("g1", 0.01), job("g2", 0.05))
    await asyncio.sleep(0.02)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; g.cancelled() =", g.cancelled())
    ts = [asyncio.create_task(job(f"w{i}", d)) for i, d in enumerate((0.01, 0.05))]
    w = asyncio.create_task(asyncio.wait(ts))
    await asyncio.sleep(0.02)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("wait cancelled; tasks:", [t.done() for t in ts])
    print("w1 still finishes:", await ts[1])

asyncio.run(main())
