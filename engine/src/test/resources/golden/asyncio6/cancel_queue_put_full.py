import asyncio

async def putter(q, item):
    try:
        print(f"put {item} waiting, qsize={q.qsize()}")
        await q.put(item)
        print(f"put {item} done")
    except asyncio.CancelledError as e:
        print(f"put {item} cancelled args={e.args} full={q.full()}")
        raise
    finally:
        print(f"put {item} finally")

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    t1 = asyncio.create_task(putter(q, "b"), name="p-b")
    t2 = asyncio.create_task(putter(q, "c"), name="p-c")
    await asyncio.sleep(0)
    t1.cancel("stop b")
    await asyncio.sleep(0)
    print("t1", t1.cancelled(), "t2 done", t2.done())
    print("got", q.get_nowait())
    await asyncio.sleep(0)
    print("t2 done", t2.done(), "queue", list(q._queue))
    print("got", await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty:", type(e).__name__, repr(e), str(e) == "")
    try:
        await t1
    except asyncio.CancelledError as e:
        print("await t1:", e.args)

asyncio.run(main())
