import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    log = []
    async def putter(x):
        try:
            await q.put(x)
            log.append(f"put {x}")
        except asyncio.CancelledError:
            log.append(f"put {x} cancelled")
            raise
    ps = [asyncio.create_task(putter(x)) for x in "bcd"]
    await asyncio.sleep(0)
    ps[0].cancel()
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(log, q.qsize(), q.full())
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(log, list(q._queue))
    print(await q.get())
    await asyncio.gather(*ps, return_exceptions=True)
    print(log, q.empty())

    # getter cancelled after it was woken: item stays in the queue
    q = asyncio.Queue()
    async def getter(n):
        v = await q.get()
        log.append(f"g{n} got {v}")
    log.clear()
    gs = [asyncio.create_task(getter(n)) for n in range(2)]
    await asyncio.sleep(0)
    q.put_nowait("X")
    gs[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, q.qsize(), [g.cancelled() for g in gs])

    # wait_for on put with a full queue
    q = asyncio.Queue(1)
    await q.put(1)
    try:
        await asyncio.wait_for(q.put(2), 0.01)
    except TimeoutError:
        print("put timed out", q.qsize(), len(q._putters))

asyncio.run(main())
