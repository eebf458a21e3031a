# Queue misuse: task_done too often, join with nothing to do, nowait errors, bad maxsize.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on an empty queue returns at once")
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError again:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print("full", small.full(), "qsize", small.qsize(), "maxsize", small.maxsize)
    neg = asyncio.Queue(-3)
    for i in range(5):
        neg.put_nowait(i)
    print("negative maxsize is unbounded:", neg.qsize(), neg.full(), neg.maxsize)

    # join waits for every task_done, even for items taken by get_nowait.
    j = asyncio.Queue()
    for i in range(3):
        j.put_nowait(i)

    async def worker():
        while not j.empty():
            item = j.get_nowait()
            await asyncio.sleep(0)
            print("processed", item, "unfinished", j._unfinished_tasks)
            j.task_done()

    w = asyncio.create_task(worker())
    await j.join()
    print("joined; worker done?", w.done())
    await w


asyncio.run(main())
