import asyncio

async def worker(barrier, name, log, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives (waiting={barrier.n_waiting})")
    idx = await barrier.wait()
    log.append(f"{name} passes with index {idx}")
    return idx

async def main():
    log = []
    b = asyncio.Barrier(3)
    print(repr(b).split(" [")[1], b.parties, b.broken)
    res = await asyncio.gather(*(worker(b, n, log, d) for n, d in [("a", 0.02), ("b", 0.01), ("c", 0.03)]))
    print(res, "\n".join(log), sep="\n")
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("broken:", type(e).__name__, b2.broken, repr(b2)[-10:])
    await b2.reset()
    print("after reset", b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

with asyncio.Runner() as runner:
    runner.run(main())
    loop = runner.get_loop()
    print(loop.is_closed())
    print(runner.run(asyncio.sleep(0, "second run")))
print(loop.is_closed())
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
