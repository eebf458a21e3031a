# Two Conditions sharing one Lock; notify order; a waiter cancelled while re-acquiring the lock.
import asyncio


async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    items = []
    log = []

    async def consumer(name):
        async with not_empty:
            while not items:
                await not_empty.wait()
            item = items.pop(0)
            log.append(f"{name} got {item}")
            not_full.notify()

    async def producer():
        for i in range(4):
            async with not_full:
                while len(items) >= 1:
                    await not_full.wait()
                items.append(i)
                log.append(f"put {i}")
                not_empty.notify()

    consumers = [asyncio.create_task(consumer(f"c{i}")) for i in range(4)]
    await producer()
    await asyncio.gather(*consumers)
    print("\n".join(log))
    print("same lock:", not_empty._lock is not_full._lock, "locked:", lock.locked())

    cond = asyncio.Condition()
    woken = []

    async def waiter(n):
        async with cond:
            await cond.wait()
            woken.append(n)

    ws = [asyncio.create_task(waiter(n)) for n in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print("woken order:", woken)


asyncio.run(main())
