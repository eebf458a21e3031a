import asyncio

async def worker(name, q, log):
    while True:
        item = await q.get()
        try:
            if item is None:
                log.append(f"{name} stop")
                return
            await asyncio.sleep(item / 100)
            log.append(f"{name} did {item}")
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    ws = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    for item in [3, 1, 2, 1]:
        q.put_nowait(item)
    print("unfinished", q._unfinished_tasks if hasattr(q, "_unfinished_tasks") else "?", q.qsize())
    await q.join()
    print("joined", log)
    for _ in ws:
        await q.put(None)
    await q.join()
    print(log[-2:], [w.done() for w in ws])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # join with nothing put returns at once
    q2 = asyncio.Queue()
    await q2.join()
    print("empty join ok")

    # joiners wake together, in which order
    q3 = asyncio.Queue()
    q3.put_nowait("a")
    order = []
    async def joiner(n):
        await q3.join()
        order.append(n)
    js = [asyncio.create_task(joiner(i)) for i in range(3)]
    await asyncio.sleep(0)
    q3.get_nowait()
    q3.task_done()
    order.append("after task_done")
    await asyncio.gather(*js)
    print(order)

    # LifoQueue and PriorityQueue with join
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [(2, "b"), (1, "a"), (3, "c")]:
        lq.put_nowait(x)
        pq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    print(repr(lq).split(" at ")[0], str(pq))

asyncio.run(main())
