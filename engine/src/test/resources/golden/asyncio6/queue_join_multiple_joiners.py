import asyncio

async def joiner(q, name):
    print(name, "joining, unfinished", q._unfinished_tasks)
    await q.join()
    print(name, "joined")

async def worker(q, name):
    while True:
        item = await q.get()
        print(name, "handles", item)
        await asyncio.sleep(0.01 * item)
        q.task_done()
        print(name, "done", item, "unfinished", q._unfinished_tasks)

async def main():
    q = asyncio.Queue()
    for i in (4, 1, 2):
        q.put_nowait(i)
    js = [asyncio.create_task(joiner(q, f"J{i}")) for i in range(3)]
    ws = [asyncio.create_task(worker(q, f"W{i}")) for i in range(2)]
    await asyncio.gather(*js)
    print("all joined; join again returns at once")
    await q.join()
    for w in ws:
        w.cancel()
    r = await asyncio.gather(*ws, return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
