import asyncio, time, threading
from concurrent.futures import ThreadPoolExecutor

def blocking(name, secs):
    time.sleep(secs)
    return f"{name}:{threading.current_thread().name.split('_')[0]}"

async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.05)
        n += 1
    return n

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    tk = asyncio.create_task(ticker(stop))
    r = await asyncio.gather(
        asyncio.to_thread(blocking, "a", 0.22),
        loop.run_in_executor(None, blocking, "b", 0.1),
    )
    stop.set()
    print(r, "ticks", await tk)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="solo") as ex:
        t0 = loop.time()
        futs = [loop.run_in_executor(ex, blocking, f"s{i}", 0.1) for i in range(3)]
        for f in asyncio.as_completed(futs):
            print(await f, round(loop.time() - t0, 1))
    def boom():
        raise ValueError("in thread")
    try:
        await asyncio.to_thread(boom)
    except ValueError as e:
        print("ValueError", e)
    f = loop.run_in_executor(None, blocking, "c", 0.2)
    await asyncio.sleep(0.05)
    print("cancel executor future", f.cancel(), f.cancelled())
    try:
        await asyncio.wait_for(asyncio.to_thread(blocking, "slow", 0.3), 0.1)
    except TimeoutError:
        print("wait_for timed out on to_thread")
    print(threading.active_count() >= 1)

asyncio.run(main())
print("run returned")
