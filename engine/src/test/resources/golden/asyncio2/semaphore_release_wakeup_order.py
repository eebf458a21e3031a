# Semaphore: releases wake waiters FIFO; a waiter cancelled after being woken passes its turn on.
import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    log = []

    async def user(name, hold):
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(hold)
        log.append(f"{name} out")

    await sem.acquire()
    tasks = {n: asyncio.create_task(user(n, 0.001)) for n in "abcd"}
    await asyncio.sleep(0)
    sem.release()
    tasks["a"].cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log)
    print("a cancelled:", tasks["a"].cancelled(), "value back to", sem._value)

    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("inside, locked:", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print("locked:", b.locked())


asyncio.run(main())
