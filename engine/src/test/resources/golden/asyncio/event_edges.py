# Event: wait() on a set event does not yield; set() twice; a cancelled waiter;
# clear() between set() and the waiters running.
import asyncio

async def main():
    ev = asyncio.Event()
    log = []
    async def waiter(name):
        log.append(f"{name} waiting")
        r = await ev.wait()
        log.append(f"{name} woke {r} is_set={ev.is_set()}")
    ts = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    ev.set()
    ev.set()
    ev.clear()
    log.append("main set and cleared")
    await asyncio.gather(*ts, return_exceptions=True)
    print("\n".join(log))
    print("cancelled:", ts[0].cancelled(), "is_set:", ev.is_set())

    ev.set()
    ticks = 0
    async def ticker():
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    before = ticks
    await ev.wait()
    print("wait on a set event cost ticks:", ticks - before)
    t.cancel()
    r = repr(ev)
    print(r[r.index("["):])

asyncio.run(main())
