import asyncio
import threading
import time

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    def feeder():
        for i in range(3):
            time.sleep(0.1)
            loop.call_soon_threadsafe(q.put_nowait, i)
        loop.call_soon_threadsafe(q.put_nowait, None)
    t = threading.Thread(target=feeder)
    t.start()
    while (item := await q.get()) is not None:
        print("got", item, "in", threading.current_thread().name)
    t.join()
    fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.1, "slept"), loop)
    def waiter():
        print("worker got:", fut.result())
    t2 = threading.Thread(target=waiter)
    t2.start()
    await asyncio.sleep(0.3)
    t2.join()
    print("done")

asyncio.run(main())
