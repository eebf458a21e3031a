import asyncio

async def getter(q, name):
    print(f"{name} waits")
    item = await q.get()
    print(f"{name} got {item!r}")
    return item

async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q, "G"))
    await asyncio.sleep(0)
    q.put_nowait("first")
    print("main steals", q.get_nowait())
    await asyncio.sleep(0)
    print("G done?", g.done(), "getters waiting:", len(q._getters))
    q.put_nowait("second")
    print(await g)
    pq = asyncio.PriorityQueue()
    pq.put_nowait({"a": 1})
    try:
        pq.put_nowait({"b": 2})
    except TypeError as e:
        print("TypeError:", e)
    print("pq size:", pq.qsize())
    lq = asyncio.LifoQueue(maxsize=1)
    lq.put_nowait(1)
    try:
        lq.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))

asyncio.run(main())
