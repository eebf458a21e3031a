# Worker pool: sentinels for a graceful stop, then a second pool stopped by cancel.
import asyncio
import itertools

STOP = None

async def worker(wid, jobs, results):
    handled = 0
    while True:
        job = await jobs.get()
        if job is STOP:
            jobs.task_done()
            print(f"worker {wid} stops after {handled}")
            return handled
        await asyncio.sleep(job / 1000)
        results.append((job, wid))
        handled += 1
        jobs.task_done()

async def graceful():
    jobs = asyncio.Queue()
    results = []
    for j in [3, 1, 2, 1, 1, 2]:
        jobs.put_nowait(j)
    pool = [asyncio.create_task(worker(i, jobs, results)) for i in range(3)]
    for _ in pool:
        jobs.put_nowait(STOP)
    handled = await asyncio.gather(*pool)
    print("handled", sum(handled), "results", sorted(r[0] for r in results))
    print("queue empty", jobs.empty(), "unfinished", jobs._unfinished_tasks)

async def impatient():
    jobs = asyncio.Queue()
    counter = itertools.count()
    async def endless(wid):
        try:
            while True:
                await jobs.get()
                next(counter)
                jobs.task_done()
        except asyncio.CancelledError as e:
            print(f"endless {wid} cancelled args={e.args}")
            raise
    pool = [asyncio.create_task(endless(i), name=f"w{i}") for i in range(2)]
    for i in range(5):
        await jobs.put(i)
    await jobs.join()
    print("processed", next(counter))
    pool[0].cancel("shutdown")
    pool[1].cancel()
    done, pending = await asyncio.wait(pool)
    print(len(done), len(pending), sorted(t.get_name() for t in done))
    for t in pool:
        try:
            t.result()
        except asyncio.CancelledError as e:
            print(t.get_name(), "result ->", type(e).__name__, e.args)

asyncio.run(graceful())
asyncio.run(impatient())
