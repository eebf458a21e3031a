# wait_for gives up on a to_thread call, but the thread goes on: asyncio.run waits for the
# default executor's threads before it returns.
import asyncio, time

def slow():
    print("slow starts")
    time.sleep(2)
    print("slow ends")
    return 42

async def main():
    t0 = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out after about", round((time.monotonic() - t0) * 2) / 2)
    print("main returns")

t0 = time.monotonic()
asyncio.run(main())
print("run returned after about", round(time.monotonic() - t0))
