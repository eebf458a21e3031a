# time.sleep blocks the loop and advances the clock; timers that became due
# while blocked run in deadline order, after the callbacks already queued.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    def note(what):
        log.append(f"{what} (late: {loop.time() - start >= 0.25})")
    loop.call_later(0.3, note, "timer 0.3")
    loop.call_later(0.1, note, "timer 0.1")
    loop.call_later(0.2, note, "timer 0.2")
    loop.call_soon(note, "soon")
    time.sleep(0.25)
    note("after time.sleep")
    await asyncio.sleep(0)
    note("after sleep(0)")
    await asyncio.sleep(0.1)
    note("after sleep(0.1)")
    print("\n".join(log))
    t0 = time.monotonic()
    await asyncio.sleep(0.5)
    print("monotonic advanced:", round(time.monotonic() - t0, 1))
    print("time() moved too:", time.time() > 1e9)

asyncio.run(main())
