# Two functions in two worker threads, each sleeping twice: their lines interleave by time.
import asyncio, time, threading

def job(name, d):
    time.sleep(d)
    print(name, "middle", threading.current_thread().name)
    time.sleep(d)
    print(name, "end")
    return name

async def main():
    t0 = time.monotonic()
    res = await asyncio.gather(asyncio.to_thread(job, "a", 0.6), asyncio.to_thread(job, "b", 0.2))
    print(res, "about", round(time.monotonic() - t0), "s")

asyncio.run(main())
