# PriorityQueue/LifoQueue with waiting getters and putters; get_nowait wakes a
# putter; the queue reprs.
import asyncio

async def main():
    pq = asyncio.PriorityQueue(maxsize=2)
    log = []
    async def getter(name):
        item = await pq.get()
        log.append(f"{name} got {item}")
    gs = [asyncio.create_task(getter(f"g{i}")) for i in range(2)]
    await asyncio.sleep(0)
    await pq.put((5, "five"))
    await pq.put((1, "one"))
    log.append(f"qsize after puts: {pq.qsize()}")
    await asyncio.gather(*gs)
    print("\n".join(log))
    for item in [(3, "c"), (2, "b")]:
        pq.put_nowait(item)
    p = asyncio.create_task(pq.put((0, "zero")))
    await asyncio.sleep(0)
    print("putter waiting:", not p.done(), pq.full())
    print(pq.get_nowait())
    await asyncio.sleep(0)
    print("putter done:", p.done(), [pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print(str(lq), lq.qsize())
    print([lq.get_nowait() for _ in range(3)])
    q = asyncio.Queue(3)
    q.put_nowait("x")
    print(str(q))
    print(type(asyncio.QueueEmpty()).__mro__[1].__name__, asyncio.QueueFull.__module__)

asyncio.run(main())
