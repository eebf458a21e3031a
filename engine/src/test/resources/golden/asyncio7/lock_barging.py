import asyncio

async def user(lock, name, log):
    log.append(f"{name} wants")
    async with lock:
        log.append(f"{name} holds")
        await asyncio.sleep(0)
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    a = asyncio.create_task(user(lock, "A", log))
    await asyncio.sleep(0)
    lock.release()
    log.append(f"main released; locked={lock.locked()}")
    # A was woken but has not run yet: does a newcomer get in first?
    b = asyncio.create_task(user(lock, "B", log))
    got = lock.locked()
    log.append(f"main sees locked={got}")
    try:
        await asyncio.wait_for(lock.acquire(), 0)
        log.append("main barged in")
        lock.release()
    except TimeoutError:
        log.append("main timed out")
    await asyncio.gather(a, b)
    print("\n".join(log))

asyncio.run(main())
