import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def w(name):
        await lock.acquire()
        order.append(name)
        await asyncio.sleep(0)
        lock.release()
    await lock.acquire()
    tasks = [asyncio.create_task(w(n)) for n in "abc"]
    await asyncio.sleep(0)
    lock.release()
    print("released; locked:", lock.locked())
    # the releaser tries to take it back at once: it must queue behind the waiters
    await lock.acquire()
    order.append("main")
    lock.release()
    await asyncio.gather(*tasks)
    print(order)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(repr(lock).split()[-1], "free" if not lock.locked() else "held")

asyncio.run(main())
