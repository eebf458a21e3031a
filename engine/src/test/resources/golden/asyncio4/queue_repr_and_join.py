import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(repr(q).split(" at ")[0], str(q))
    await q.put("x")
    print(str(q), q.qsize(), q.full(), q.empty(), q.maxsize)
    q.put_nowait("y")
    print(str(q), q.full())
    async def joiner(n):
        await q.join()
        print("joiner", n, "released")
    js = [asyncio.create_task(joiner(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait()); q.task_done()
    await asyncio.sleep(0)
    print("one done, joiners waiting:", [j.done() for j in js])
    print(q.get_nowait()); q.task_done()
    print("all done, before yield:", [j.done() for j in js])
    await asyncio.sleep(0)
    print("after yield:", [j.done() for j in js])
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    q2 = asyncio.Queue()
    print(str(q2))
    await q2.join()
    print("join on empty returns at once")
    q3 = asyncio.Queue(0)
    for i in range(5):
        q3.put_nowait(i)
    print(q3.full(), q3.qsize(), str(q3))
    try:
        asyncio.Queue(maxsize=2).get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

asyncio.run(main())
