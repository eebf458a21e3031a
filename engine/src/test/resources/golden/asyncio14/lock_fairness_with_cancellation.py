import asyncio

async def user(lock, name, log, hold=0):
    log.append(f"{name} wants (locked={lock.locked()})")
    try:
        async with lock:
            log.append(f"{name} has it")
            for _ in range(hold):
                await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    log = []
    a = asyncio.create_task(user(lock, "a", log, hold=2))
    await asyncio.sleep(0)
    b = asyncio.create_task(user(lock, "b", log))
    c = asyncio.create_task(user(lock, "c", log))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    d = asyncio.create_task(user(lock, "d", log))
    await asyncio.gather(a, b, c, d, return_exceptions=True)
    print("\n".join(log))
    print(repr(lock).split()[-1])
    # release wakes a waiter that is cancelled in the same tick
    lock2 = asyncio.Lock()
    log.clear()
    await lock2.acquire()
    w1 = asyncio.create_task(user(lock2, "w1", log))
    w2 = asyncio.create_task(user(lock2, "w2", log))
    await asyncio.sleep(0)
    lock2.release()
    w1.cancel()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("\n".join(log))
    try:
        lock2.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
