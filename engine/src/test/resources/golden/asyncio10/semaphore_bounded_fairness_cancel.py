# Semaphore/BoundedSemaphore: who gets the unit when a waiter is cancelled after being woken
import asyncio

async def user(sem, name, log, hold):
    log.append(f"{name} wants")
    async with sem:
        log.append(f"{name} has (value {sem._value})")
        await asyncio.sleep(hold)
    log.append(f"{name} released")

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    ts = {n: asyncio.create_task(user(sem, n, log, 0.01)) for n in "ABCD"}
    await asyncio.sleep(0)
    print("locked:", sem.locked(), "waiters:", len(sem._waiters or ()))
    await asyncio.sleep(0.01)
    # B was just handed the unit; cancel it before it runs
    ts["B"].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(log)
    print("B cancelled:", ts["B"].cancelled(), "value:", sem._value)
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)
    waiter = asyncio.create_task(s0.acquire())
    await asyncio.sleep(0)
    s0.release(); s0.release()
    print("value after two releases:", s0._value, waiter.done())
    await waiter
    print("value after waiter ran:", s0._value, s0.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
