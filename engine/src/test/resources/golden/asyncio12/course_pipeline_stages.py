# A three-stage pipeline joined by queues; shut down by join() then cancel().
import asyncio

async def producer(out, n):
    for i in range(n):
        await out.put(i)
        print(f"produced {i}")
    print("producer finished")

async def stage(name, inq, outq, fn):
    try:
        while True:
            item = await inq.get()
            try:
                res = fn(item)
                if outq is not None:
                    await outq.put(res)
                print(f"{name}: {item} -> {res}")
            except ZeroDivisionError as e:
                print(f"{name}: {item} failed: {e}")
            finally:
                inq.task_done()
    except asyncio.CancelledError:
        print(f"{name} cancelled, {inq.qsize()} left")
        raise

async def main():
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue()
    workers = [
        asyncio.create_task(stage("square", q1, q2, lambda x: x * x)),
        asyncio.create_task(stage("invert", q2, q3, lambda x: round(100 / x, 2))),
        asyncio.create_task(stage("sink", q3, None, str)),
    ]
    await producer(q1, 5)
    await q1.join()
    print("q1 joined")
    await q2.join()
    print("q2 joined")
    await q3.join()
    print("q3 joined")
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print([w.cancelled() for w in workers])

asyncio.run(main())
