# predict the output: producers and consumers over two queues with sleep(0) hand-offs
import asyncio

async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"put {name}{i} (size {q.qsize()})")
    await q.put(None)

async def relay(src, dst):
    while (item := await src.get()) is not None:
        print(f"relay {item}")
        await dst.put(item.upper())
        src.task_done()
    src.task_done()
    await dst.put(None)

async def consumer(q):
    seen = []
    while (item := await q.get()) is not None:
        seen.append(item)
        await asyncio.sleep(0)
    return seen

async def main():
    a, b = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=2)
    res = await asyncio.gather(producer("p", a, 4), relay(a, b), consumer(b))
    print(res[2])
    print(a.qsize(), b.qsize(), a.empty(), b.full())

asyncio.run(main())
