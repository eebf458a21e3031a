import asyncio, threading

results = {}
async def job(n):
    await asyncio.sleep(0.001 * n)
    return asyncio.current_task().get_name()[:5], n

def runner(n):
    results[n] = asyncio.run(job(n))

ths = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ths: t.start()
for t in ths: t.join()
print(sorted(results.items()))
async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    def produce():
        for i in range(3):
            loop.call_soon_threadsafe(q.put_nowait, i)
        loop.call_soon_threadsafe(q.put_nowait, None)
    th = threading.Thread(target=produce)
    th.start()
    got = []
    while (x := await q.get()) is not None:
        got.append(x)
    th.join()
    print(got)
asyncio.run(main())
