# asyncio.to_thread with time.sleep in the thread while the loop runs other tasks.
import asyncio
import threading
import time


def blocking(name, delay):
    time.sleep(delay)
    return f"{name} done in {threading.current_thread() is not threading.main_thread()}"


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.05)


async def main():
    t0 = time.monotonic()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking, "job", 0.12), ticker(5))
    print(result)
    elapsed = time.monotonic() - t0
    print("overlapped:", elapsed < 0.3)


asyncio.run(main())
