# A worker pool: a Queue, sentinels to stop workers, join, and results in completion order.
import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item is None:
                results.append(f"{name} stops")
                return name
            await asyncio.sleep(item / 100)
            results.append(f"{name} did {item}")
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(3)]
    for item in [30, 10, 20, 5, 15, 1]:
        q.put_nowait(item)
    await q.join()
    print("all work done, unfinished:", q._unfinished_tasks)
    for _ in workers:
        q.put_nowait(None)
    print(await asyncio.gather(*workers))
    print("\n".join(results))


asyncio.run(main())
