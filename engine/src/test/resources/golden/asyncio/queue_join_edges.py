# Queue.join with nothing put returns at once; join waits for task_done of every
# item, also items put after join started; a cancelled getter leaves its place.
import asyncio

async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on a fresh queue returns at once")

    log = []
    async def joiner(name):
        await q.join()
        log.append(f"{name} joined (unfinished={q._unfinished_tasks})")

    q.put_nowait("a")
    j1 = asyncio.create_task(joiner("j1"))
    await asyncio.sleep(0)
    q.put_nowait("b")
    j2 = asyncio.create_task(joiner("j2"))
    print("got", q.get_nowait())
    q.task_done()
    await asyncio.sleep(0)
    log.append("after first task_done")
    print("got", q.get_nowait())
    q.task_done()
    log.append("after second task_done")
    await asyncio.gather(j1, j2)
    print("\n".join(log))

    q2 = asyncio.Queue()
    g1 = asyncio.create_task(q2.get())
    g2 = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    q2.put_nowait("only item")
    print("g2 got:", await g2, "| g1 cancelled:", g1.cancelled())

    q3 = asyncio.Queue(maxsize=1)
    await q3.put(1)
    p = asyncio.create_task(q3.put(2))
    await asyncio.sleep(0)
    print("full, putter waiting:", q3.full(), q3.qsize())
    p.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", p.cancelled(), "qsize:", q3.qsize())
    print(q3.get_nowait(), q3.empty())
    print(str(q3), q3.maxsize)
    q3.put_nowait("x")
    q3.task_done()
    q3.task_done()
    try:
        q3.task_done()
    except ValueError as e:
        print(e)
    print("unbounded full():", asyncio.Queue(0).full(), asyncio.Queue(-5).full())

asyncio.run(main())
