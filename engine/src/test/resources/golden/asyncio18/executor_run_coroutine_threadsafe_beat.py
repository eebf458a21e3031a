# A worker thread asks the loop to run a coroutine (run_coroutine_threadsafe) and waits for its
# result, while a heartbeat task keeps beating.
import asyncio, time

async def coro(x):
    await asyncio.sleep(0.3)
    return x * 2

def worker(loop):
    time.sleep(0.15)
    print("worker asks the loop")
    f = asyncio.run_coroutine_threadsafe(coro(21), loop)
    r = f.result()
    print("worker got", r)
    return r + 1

async def beat():
    for i in range(4):
        print("beat", i)
        await asyncio.sleep(0.3)

async def main():
    loop = asyncio.get_running_loop()
    r, _ = await asyncio.gather(asyncio.to_thread(worker, loop), beat())
    print("result", r)

asyncio.run(main())
