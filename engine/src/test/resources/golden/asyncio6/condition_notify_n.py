import asyncio

async def waiter(cond, name, log):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke (locked={cond.locked()})")

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, n, log)) for n in "ABCDE"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify(10)
        log.append("notified 10")
    await asyncio.gather(*ts)
    print("\n".join(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock locked via condition:", c2.locked())

asyncio.run(main())
