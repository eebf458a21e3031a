# run_in_executor and to_thread with the default executor; after shutdown_default_executor() the
# default executor takes no more work (RuntimeError), as CPython 3.11 checks.
import asyncio, threading, time

def blocking(n):
    return n * n, threading.current_thread().name.startswith("asyncio")

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 3)
    print(r)
    rs = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(3)))
    print(rs)
    r = await asyncio.to_thread(blocking, 5)
    print(r)
    def boom():
        raise ValueError("in thread")
    try:
        await asyncio.to_thread(boom)
    except ValueError as e:
        print("caught", e)
    fut = loop.run_in_executor(None, blocking, 2)
    print(type(fut).__name__, fut.done())
    print(await fut)
    await loop.shutdown_default_executor()
    try:
        loop.run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        print("E:", e)

asyncio.run(main())


async def after():
    loop = asyncio.get_running_loop()
    await loop.shutdown_default_executor()
    try:
        await asyncio.to_thread(blocking, 1)
    except RuntimeError as e:
        print("to_thread:", e)

asyncio.run(after())
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_in_executor(None, blocking, 1)
except RuntimeError as e:
    print("closed loop:", e)
