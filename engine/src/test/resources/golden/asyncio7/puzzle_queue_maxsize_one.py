import asyncio

async def producer(q, name, n):
    for i in range(n):
        print(f"{name} putting {i}")
        await q.put(f"{name}{i}")
        print(f"{name} put {i}")
    print(f"{name} finished")

async def consumer(q):
    while True:
        item = await q.get()
        print(f"  got {item}")
        q.task_done()
        if item == "B1":
            return

async def main():
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    await asyncio.gather(producer(q, "A", 2), producer(q, "B", 2))
    await q.join()
    await c
    print("all done", q.qsize())

asyncio.run(main())
