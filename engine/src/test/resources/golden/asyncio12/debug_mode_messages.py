# Debug mode: deterministic messages (non-thread-safe call, never-awaited with origin, reprs).
import asyncio
import threading
import re

async def job():
    return 1

def clean(s):
    s = re.sub(r"0x[0-9a-f]+", "0x..", str(s))
    return re.sub(r"/\S*/", "", s)

async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug(), loop.slow_callback_duration)
    h = loop.call_soon(print, "cb ran")
    print(clean(h))
    t = asyncio.create_task(job(), name="dbg")
    print(clean(t))
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("done callback ran"))
    print(clean(f))
    errors = []
    def other_thread():
        try:
            loop.call_soon(print, "x")
        except RuntimeError as e:
            errors.append(str(e))
        try:
            f.set_result("from thread")
        except RuntimeError as e:
            errors.append(str(e))
        errors.append(f"{f.done()} {f.result()}")
    th = threading.Thread(target=other_thread)
    th.start()
    th.join()
    print(errors)
    await t
    print("callbacks left:", clean(f))
    c = job()
    del c
    try:
        loop.call_soon(job)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(3)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
