# run_in_executor with a 2-worker pool: blocking jobs overlap two at a time; results in submit order
import asyncio
import time
import threading
from concurrent.futures import ThreadPoolExecutor

def blocking(n, delay):
    time.sleep(delay)
    return n, threading.current_thread().name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="w") as pool:
        futs = [loop.run_in_executor(pool, blocking, i, 0.2) for i in range(4)]
        order = []
        for f in asyncio.as_completed(futs):
            n, _ = await f
            order.append((round(loop.time() - start, 1), n))
        results = await asyncio.gather(*futs)
    print(sorted(order), [r[0] for r in results], sorted({r[1] for r in results}))
    print("total", round(loop.time() - start, 1))
    t0 = loop.time()
    r = await asyncio.gather(asyncio.to_thread(blocking, "a", 0.3), asyncio.sleep(0.1, "slept"))
    print([x if isinstance(x, str) else x[0] for x in r], round(loop.time() - t0, 1))

asyncio.run(main())
