# Reprs of Lock/Event/Semaphore/Condition/Queue as waiters come and go
import asyncio
import re

def r(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))

async def main():
    lock, ev, sem, cond = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2), asyncio.Condition()
    print(r(lock), r(ev), r(sem), r(cond), sep="\n")
    await lock.acquire()
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    evw = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await sem.acquire(); await sem.acquire()
    semw = asyncio.create_task(sem.acquire())
    async def cw():
        async with cond:
            await cond.wait()
    cws = [asyncio.create_task(cw()) for _ in range(2)]
    await asyncio.sleep(0)
    print(r(lock), r(ev), r(sem), r(cond), sep="\n")
    waiters[0].cancel()
    await asyncio.sleep(0)
    print("after cancel:", r(lock))
    ev.set()
    print("set:", r(ev))
    await asyncio.sleep(0)
    print("woken:", r(ev))
    lock.release()
    await asyncio.sleep(0)
    print(r(lock), waiters[1].done())
    lock.release()
    sem.release()
    await asyncio.sleep(0)
    print(r(sem))
    async with cond:
        cond.notify_all()
        print(r(cond))
    await asyncio.gather(*cws)
    print(r(cond))
    bs = asyncio.BoundedSemaphore(1)
    print(r(bs))

asyncio.run(main())
