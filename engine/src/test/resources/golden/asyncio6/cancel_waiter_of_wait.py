import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print("job", name, "done")
    return name

async def waiter(tasks):
    try:
        done, pending = await asyncio.wait(tasks)
        print("waiter got", len(done))
    except asyncio.CancelledError:
        print("waiter cancelled; tasks cancelled?", [t.cancelled() for t in tasks])
        raise

async def iterating(coros):
    got = []
    try:
        for f in asyncio.as_completed(coros):
            got.append(await f)
    except asyncio.CancelledError:
        print("iterating cancelled after", got)
        raise

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.01), ("b", 0.03))]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0.02)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("tasks after waiter cancel:", [t.done() for t in tasks])
    await asyncio.sleep(0.02)
    print("tasks later:", [t.done() for t in tasks])
    it = asyncio.create_task(iterating([job("c", 0.01), job("d", 0.05)]))
    await asyncio.sleep(0.02)
    it.cancel()
    await asyncio.gather(it, return_exceptions=True)
    await asyncio.sleep(0.05)
    print("remaining tasks:", len(asyncio.all_tasks()))

asyncio.run(main())
