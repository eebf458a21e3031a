import asyncio

async def getter(q, name, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    q = asyncio.Queue()
    log = []
    g1 = asyncio.create_task(getter(q, "g1", log))
    g2 = asyncio.create_task(getter(q, "g2", log))
    await asyncio.sleep(0)
    q.put_nowait("item")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, "qsize", q.qsize())
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("full")
    log.clear()
    async def putter(name, v):
        try:
            await q2.put(v)
            log.append(f"{name} put {v}")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise
    p1 = asyncio.create_task(putter("p1", 1))
    p2 = asyncio.create_task(putter("p2", 2))
    await asyncio.sleep(0)
    q2.get_nowait()
    p1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, list(q2._queue))

asyncio.run(main())
