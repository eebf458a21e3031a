import asyncio

SENTINEL = object()

async def produce(q, items):
    for it in items:
        await q.put(it)
        print("produced", it)
    await q.put(SENTINEL)

async def transform(qin, qout):
    while (item := await qin.get()) is not SENTINEL:
        if item < 0:
            raise ValueError(f"negative item {item}")
        await qout.put(item * item)
    await qout.put(SENTINEL)

async def consume(q):
    total = 0
    try:
        while (item := await q.get()) is not SENTINEL:
            total += item
            print("consumed", item)
        return total
    except asyncio.CancelledError:
        print("consumer cancelled with partial total", total)
        raise

async def run(items):
    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    tasks = [asyncio.create_task(produce(q1, items), name="producer"),
             asyncio.create_task(transform(q1, q2), name="transform"),
             asyncio.create_task(consume(q2), name="consumer")]
    try:
        results = await asyncio.gather(*tasks)
        return results[-1]
    except ValueError as e:
        print("pipeline failed:", e)
        for t in tasks:
            if not t.done():
                t.cancel()
        await asyncio.wait(tasks)
        return [(t.get_name(), "cancelled" if t.cancelled() else "done") for t in tasks]

async def main():
    print("result:", await run([1, 2, 3]))
    print("result:", await run([1, 2, -3, 4, 5, 6]))

asyncio.run(main())
