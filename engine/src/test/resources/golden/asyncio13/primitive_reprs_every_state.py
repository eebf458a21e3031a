# repr of Lock, Event, Semaphore, BoundedSemaphore, Condition through their states.
import asyncio
import re


def r(o):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(o))


async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    for o in (lock, ev, sem, bsem, cond):
        print(r(o))
    await lock.acquire()
    print(r(lock))
    waiters = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    await asyncio.sleep(0)
    lock.release()
    print(r(lock), lock.locked())
    ew = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    print(r(ev))
    await ew
    print(r(ev))
    ev.clear()
    print(r(ev))
    await sem.acquire(); print(r(sem))
    await sem.acquire(); print(r(sem), sem.locked())
    sw = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(r(sem))
    sem.release(); print(r(sem))
    await sw
    print(r(sem))
    sem.release(); sem.release(); sem.release()
    print(r(sem))
    await bsem.acquire(); print(r(bsem))
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print("bounded:", e)
    async with cond:
        print(r(cond))
    cw = asyncio.create_task(cond.acquire())
    await asyncio.sleep(0)
    print(r(cond))
    async def waiter():
        async with cond:
            await cond.wait()
    cond.release()
    tasks = [asyncio.create_task(waiter()) for _ in range(3)]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify(2)
        print(r(cond))
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(r(cond))
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    print(r(c2))
    async with shared:
        print(r(c2), c2.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("sem:", e)
    try:
        lock.release()
    except RuntimeError as e:
        print("lock:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("cond:", e)


asyncio.run(main())
