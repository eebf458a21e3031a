# predict the output: a lock held across awaits, an event set while waiters queue for the lock
import asyncio

lock = None
log = []

async def worker(name, ev):
    log.append(f"{name} wants lock")
    async with lock:
        log.append(f"{name} got lock")
        await ev.wait()
        log.append(f"{name} saw event")
        await asyncio.sleep(0)
    log.append(f"{name} released")

async def main():
    global lock
    lock = asyncio.Lock()
    ev = asyncio.Event()
    tasks = [asyncio.create_task(worker(n, ev)) for n in "ABC"]
    await asyncio.sleep(0)
    log.append(f"locked={lock.locked()} waiters={len(lock._waiters or [])}")
    ev.set()
    log.append("event set")
    await asyncio.gather(*tasks)
    for line in log:
        print(line)

asyncio.run(main())
