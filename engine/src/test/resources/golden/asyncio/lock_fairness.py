# Lock: FIFO hand-off, a releaser asking again queues behind waiters, a
# cancelled waiter is skipped, release of an unlocked lock fails.
import asyncio

async def user(name, lock, log, hold=0):
    async with lock:
        log.append(f"{name} holds")
        await asyncio.sleep(hold)
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    tasks = [asyncio.create_task(user(f"u{i}", lock, log)) for i in range(3)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    log.append("main releases")
    lock.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("\n".join(log))
    print("locked at the end:", lock.locked())

    log.clear()
    async def greedy():
        for i in range(2):
            async with lock:
                log.append(f"greedy {i}")
                await asyncio.sleep(0)
    async def polite():
        async with lock:
            log.append("polite")
    await asyncio.gather(greedy(), polite())
    print(log)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    print(repr(lock).split(" object at ")[0], repr(lock).endswith("[unlocked]>"))
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    r = repr(lock)
    print(r[r.index("["):])
    lock.release()
    await w
    print("waiter got it:", lock.locked())
    lock.release()

asyncio.run(main())
