# While a function sleeps in a worker thread (asyncio.to_thread), the event loop goes on:
# the ticker's lines come before the line the function prints after its sleep.
import asyncio, time

def blocking(n):
    time.sleep(1)
    print("blocking ends", n)
    return n * 10

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.4)

async def main():
    t0 = time.monotonic()
    r = await asyncio.gather(asyncio.to_thread(blocking, 1), ticker())
    print(r, "about", round(time.monotonic() - t0), "s")

asyncio.run(main())
