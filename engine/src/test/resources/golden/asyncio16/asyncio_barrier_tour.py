import asyncio

async def worker(name, barrier, log):
    log.append(f"{name} arrives")
    try:
        idx = await barrier.wait()
        log.append(f"{name} passes idx={idx}")
    except asyncio.BrokenBarrierError:
        log.append(f"{name} broken")

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, repr(b).split(" [")[1])
    log = []
    await asyncio.gather(*(worker(n, b, log) for n in "ABC"))
    print(log)
    print(repr(b).split(" [")[1])
    log.clear()
    t1 = asyncio.create_task(worker("X", b, log))
    t2 = asyncio.create_task(worker("Y", b, log))
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting, repr(b).split(" [")[1])
    await b.abort()
    await asyncio.gather(t1, t2)
    print(log, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    await b.reset()
    print("after reset:", b.broken, b.n_waiting)
    log.clear()
    ts = [asyncio.create_task(worker(n, b, log)) for n in "PQ"]
    await asyncio.sleep(0)
    await b.reset()
    await asyncio.gather(*ts)
    print(log, b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b2 = asyncio.Barrier(2)
    async def cancel_me():
        await b2.wait()
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0)
    print("b2 waiting", b2.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled waiter; n_waiting", b2.n_waiting, "broken", b2.broken)
    async with asyncio.Barrier(1) as idx:
        print("context manager idx", idx)
    b3 = asyncio.Barrier(2)
    results = await asyncio.gather(b3.wait(), b3.wait(), b3.wait(), b3.wait())
    print(sorted(results))

asyncio.run(main())
