# Queue.maxsize is read-only; learners poke internals (_maxsize, _queue, _unfinished_tasks,
# _getters/_putters) to "resize" a queue: what happens to waiting putters.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.maxsize = 3
    except AttributeError as e:
        print("AttributeError:", e)
    q.put_nowait("a")
    putters = [asyncio.create_task(q.put(x)) for x in "bcd"]
    await asyncio.sleep(0)
    print(q.qsize(), q.full(), len(q._putters), type(q._queue).__name__, list(q._queue))
    q._maxsize = 3
    print("after _maxsize=3:", q.maxsize, q.full(), [p.done() for p in putters])
    print(q.get_nowait())
    await asyncio.sleep(0)
    print([p.done() for p in putters], list(q._queue), q.full())
    while not q.empty():
        q.get_nowait()
        await asyncio.sleep(0)
    await asyncio.gather(*putters)
    print("unfinished:", q._unfinished_tasks, "finished set:", q._finished.is_set())
    for _ in range(4):
        q.task_done()
    print("unfinished:", q._unfinished_tasks, q._finished.is_set())
    await q.join()
    print("join returned at once")
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(len(q._getters), str(q).split(" at ")[0] if " at " in str(q) else str(q))
    getters[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("z")
    print(await getters[1], getters[0].cancelled())
    print(repr(q._format()))


asyncio.run(main())
