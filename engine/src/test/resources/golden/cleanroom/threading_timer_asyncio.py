import asyncio, threading, time
t0 = time.monotonic()
def now():
    return round(time.monotonic() - t0, 1)
def ring(tag):
    print("timer", tag, "at", now(), threading.current_thread().name[:6])
async def main():
    threading.Timer(0.5, ring, ["a"]).start()
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    threading.Timer(0.7, lambda: loop.call_soon_threadsafe(done.set)).start()
    print("loop sleeps at", now())
    await asyncio.sleep(0.3)
    print("after 0.3", now())
    await done.wait()
    print("event set by timer at", now())
    await asyncio.sleep(0.5)
    print("loop done at", now())
threading.Timer(0.2, ring, ["before run"]).start()
asyncio.run(main())
print("end", now())
