import asyncio

async def worker(q, name, log):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.1 * item)
            log.append(f'{name}:{item}')
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    log = []
    for i in [3, 1, 2, 1, 3]:
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(q, f'w{j}', log)) for j in range(2)]
    await q.join()
    print(log, q._unfinished_tasks)
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(await asyncio.wait_for(q.join(), 1))

asyncio.run(main())
