# A worker thread reports progress to the event loop with call_soon_threadsafe.
import asyncio
import threading
import time

def worker(loop, q, fut, n):
    for i in range(n):
        time.sleep(0.01)
        loop.call_soon_threadsafe(q.put_nowait, f"step {i}")
    loop.call_soon_threadsafe(fut.set_result, f"worker finished {n} steps")

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    fut = loop.create_future()
    th = threading.Thread(target=worker, args=(loop, q, fut, 3), name="feeder")
    th.start()
    got = []
    while len(got) < 3:
        got.append(await q.get())
    print(got)
    print(await fut)
    th.join()
    print("thread alive:", th.is_alive())
    cf = asyncio.run_coroutine_threadsafe(asyncio.sleep(0, "from loop"), loop)
    print(type(cf).__name__, cf.done())
    print(await asyncio.wrap_future(cf), cf.done())

asyncio.run(main())
