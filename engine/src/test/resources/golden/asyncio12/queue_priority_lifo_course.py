# PriorityQueue job scheduler with ties broken by a counter; LifoQueue undo stack.
import asyncio
import itertools
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)

async def main():
    pq = asyncio.PriorityQueue()
    seq = itertools.count()
    for prio, name in [(2, "email"), (1, "payment"), (3, "report"), (1, "refund"), (2, "sms")]:
        await pq.put(Job(prio, next(seq), name))
    print(pq.qsize(), pq._queue[0])
    order = []
    async def worker(wid):
        while True:
            job = await pq.get()
            order.append((wid, job.name))
            await asyncio.sleep(0)
            pq.task_done()
    ws = [asyncio.create_task(worker(i)) for i in range(2)]
    await pq.join()
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print(order)
    pq2 = asyncio.PriorityQueue()
    pq2.put_nowait((1, {"a": 1}))
    pq2.put_nowait((1, {"b": 2}))
    try:
        pq2.put_nowait((1, {"c": 3}))
    except TypeError as e:
        print("TypeError:", e)
    print(pq2.qsize())
    undo = asyncio.LifoQueue(maxsize=3)
    for action in ["type a", "type b", "delete", "paste"]:
        if undo.full():
            print("full, dropping oldest is not possible:", undo.qsize())
            break
        undo.put_nowait(action)
    while not undo.empty():
        print("undo", await undo.get())
    print(repr(undo)[:16], str(pq))

asyncio.run(main())
