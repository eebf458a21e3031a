import asyncio

async def main():
    q = asyncio.Queue()
    got = []
    async def getter(name):
        try:
            got.append((name, await q.get()))
        except asyncio.CancelledError:
            got.append((name, 'cancelled'))
            raise
    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    await asyncio.sleep(0)
    q.put_nowait('item')
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(got, q.qsize())
    q2 = asyncio.Queue(1)
    q2.put_nowait(0)
    async def putter(v):
        await q2.put(v)
        return v
    p1 = asyncio.create_task(putter(1))
    p2 = asyncio.create_task(putter(2))
    await asyncio.sleep(0)
    print(q2.get_nowait())
    p1.cancel()
    await asyncio.sleep(0)
    print(p1.cancelled(), p2.done(), list(q2._queue))

asyncio.run(main())
