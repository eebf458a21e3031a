import asyncio, threading

async def main():
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    results = []
    def worker(i):
        results.append(i * i)
        if len(results) == 3:
            loop.call_soon_threadsafe(done.set)
    ths = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for t in ths:
        t.start()
    await done.wait()
    for t in ths:
        t.join()
    print(sorted(results))
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "from coro"), loop)
    print(type(fut).__module__, fut.done())
    await asyncio.sleep(0.02)
    print(fut.result())

asyncio.run(main())
