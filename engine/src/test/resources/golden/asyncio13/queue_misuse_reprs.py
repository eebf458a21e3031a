# Queues: task_done misuse, QueueFull/QueueEmpty, maxsize edits, repr and str in every state.
import asyncio


def r(q):
    s = repr(q)
    return s[: s.index(" at ")] + s[s.index(" maxsize"):] if " at " in s else s


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(maxsize=2)
        print(cls.__name__, r(q), str(q))
        try:
            q.task_done()
        except ValueError as e:
            print("  task_done on fresh:", e)
        q.put_nowait(3)
        q.put_nowait(1)
        print("  full:", q.full(), r(q))
        try:
            q.put_nowait(9)
        except asyncio.QueueFull as e:
            print("  QueueFull args:", e.args, repr(e))
        print("  get:", q.get_nowait(), q.get_nowait())
        try:
            q.get_nowait()
        except asyncio.QueueEmpty as e:
            print("  QueueEmpty:", repr(e))
        q.task_done(); q.task_done()
        try:
            q.task_done()
        except ValueError as e:
            print("  third task_done:", e)
        print("  after:", r(q))

    q = asyncio.Queue()
    print(r(q), q.maxsize, q.full())
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("with getter:", r(q))
    q.put_nowait("x")
    print("after put:", r(q))
    print(await getter)
    print("after get:", r(q))
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    putter = asyncio.create_task(q2.put(2))
    await asyncio.sleep(0)
    print("with putter:", r(q2))
    q2.get_nowait()
    await asyncio.sleep(0)
    print("putter done:", putter.done(), r(q2))
    q3 = asyncio.Queue(maxsize=-5)
    for i in range(5):
        q3.put_nowait(i)
    print("negative maxsize:", q3.maxsize, q3.full(), q3.qsize())
    q4 = asyncio.Queue(maxsize=0)
    print("zero:", q4.full())
    try:
        asyncio.Queue(maxsize="3")
    except TypeError as e:
        print("str maxsize:", e)
    try:
        asyncio.Queue(loop=None)
    except TypeError as e:
        print("loop kw:", e)
    print(asyncio.QueueFull.__mro__[1].__name__, asyncio.QueueEmpty.__mro__[1].__name__)
    print(asyncio.Queue.__class_getitem__(int))
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (3, "c"), (1, "aa")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])
    pq.put_nowait((1, {}))
    try:
        pq.put_nowait((1, {}))
    except TypeError as e:
        print("unorderable:", e)
    print(pq.qsize())


asyncio.run(main())
