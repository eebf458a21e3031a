import asyncio

async def main():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 4, 1, 5, 9, 2, 6]:
        lq.put_nowait(x)
        pq.put_nowait((x % 3, x))
    print([lq.get_nowait() for _ in range(lq.qsize())])
    print([pq.get_nowait() for _ in range(pq.qsize())])
    got = []
    async def getter(q, tag):
        got.append((tag, await q.get()))
    ts = [asyncio.create_task(getter(pq, i)) for i in range(3)]
    await asyncio.sleep(0)
    for item in [(2, 'c'), (0, 'a'), (1, 'b')]:
        pq.put_nowait(item)
    await asyncio.gather(*ts)
    print(got)
    print(type(lq).__name__, type(pq).__mro__[1].__name__)

asyncio.run(main())
