import asyncio
import concurrent.futures
import threading
import time

def blocking(n):
    time.sleep(n)
    return f"{threading.current_thread().name} slept {n}"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, blocking, 0.2),
            loop.run_in_executor(pool, blocking, 0.1),
            loop.run_in_executor(pool, blocking, 0.1),
        )
    print(results, round(loop.time() - t0, 1))
    with concurrent.futures.ThreadPoolExecutor() as pool:
        f = pool.submit(blocking, 0.05)
        af = asyncio.wrap_future(f)
        print(type(af).__name__, asyncio.isfuture(f), asyncio.isfuture(af))
        print(await af)
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "from coroutine"), loop)
    print(type(fut).__module__, type(fut).__name__)
    print(await asyncio.wrap_future(fut), fut.done(), fut.result())
    try:
        asyncio.run_coroutine_threadsafe(blocking, loop)
    except TypeError as e:
        print("TypeError:", e)
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="single")
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, blocking, 0))
    print(await asyncio.to_thread(blocking, 0))
    pool.shutdown()

asyncio.run(main())
