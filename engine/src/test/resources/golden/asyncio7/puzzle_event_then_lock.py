import asyncio

async def worker(name, ev, lock, log):
    log(f"{name} waits for event")
    await ev.wait()
    log(f"{name} saw event")
    async with lock:
        log(f"{name} in lock")
        await asyncio.sleep(0)
        log(f"{name} leaving lock")

async def main():
    tick = 0
    def log(msg):
        print(f"[{tick}] {msg}")
    ev, lock = asyncio.Event(), asyncio.Lock()
    ts = [asyncio.create_task(worker(n, ev, lock, log)) for n in ("w1", "w2", "w3")]
    while not all(t.done() for t in ts):
        tick += 1
        if tick == 2:
            log("main sets the event")
            ev.set()
        await asyncio.sleep(0)
    log("main done")

asyncio.run(main())
