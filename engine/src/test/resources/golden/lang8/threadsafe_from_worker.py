# A worker thread asks the event loop to run a coroutine and waits for its result.
import asyncio

async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x

async def main():
    loop = asyncio.get_running_loop()

    def worker(n):
        fut = asyncio.run_coroutine_threadsafe(double(n), loop)
        return fut.result(timeout=5)

    print("results:", await asyncio.gather(*(asyncio.to_thread(worker, i) for i in range(3))))
    print(await loop.run_in_executor(None, worker, 21))

asyncio.run(main())
