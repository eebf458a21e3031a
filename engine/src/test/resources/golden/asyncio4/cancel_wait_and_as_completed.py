import asyncio

async def worker(n):
    try:
        await asyncio.sleep(n / 100)
        print("worker", n, "done")
        return n
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise

async def waiter(tasks):
    try:
        done, pending = await asyncio.wait(tasks)
        print("wait returned", len(done))
    except asyncio.CancelledError:
        print("waiter cancelled; children:", [t.done() for t in tasks])
        raise

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 2, 3)]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0.015)
    w.cancel()
    await asyncio.sleep(0)
    print("w cancelled:", w.cancelled())
    await asyncio.sleep(0.05)
    print([t.result() for t in tasks])
    print("--- as_completed")
    coros = [worker(n) for n in (4, 1, 3)]
    for fut in asyncio.as_completed(coros):
        print("got", await fut)
    print("--- as_completed timeout")
    try:
        for fut in asyncio.as_completed([worker(1), worker(9)], timeout=0.05):
            print("got", await fut)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e))
    await asyncio.sleep(0.1)

asyncio.run(main())
