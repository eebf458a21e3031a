# Scheduler: producers and consumers over a bounded asyncio.Queue, so producers block on put()
# when it is full and consumers block on get() when it is empty.
import asyncio

PRODUCERS = 4
CONSUMERS = 3
ITEMS = 80_000


async def producer(pid, queue):
    for i in range(ITEMS):
        await queue.put((pid, i, (pid * 7919 + i * 31) % 1009))


async def consumer(cid, queue, seen):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            return total
        pid, i, value = item
        total = (total + value * (cid + 1)) % 1000000007
        seen.append(pid)
        queue.task_done()
        if value % 4 == 0:
            # Let the other consumers have a turn now and then.
            await asyncio.sleep(0)


async def main():
    queue = asyncio.Queue(maxsize=8)
    seen = []
    consumers = [asyncio.create_task(consumer(c, queue, seen)) for c in range(CONSUMERS)]
    producers = [asyncio.create_task(producer(p, queue)) for p in range(PRODUCERS)]
    await asyncio.gather(*producers)
    for _ in range(CONSUMERS):
        await queue.put(None)
    await queue.join()
    done = await asyncio.gather(*consumers)
    left = queue.qsize()
    order = 0
    for i, pid in enumerate(seen):
        order = (order * 5 + pid + i % 7) % 1000000007
    print("consumed:", len(seen), "totals:", done, "left:", left, "order:", order)


asyncio.run(main())
