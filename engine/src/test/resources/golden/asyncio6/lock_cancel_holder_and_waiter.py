import asyncio

async def worker(lock, name, hold):
    print(name, "acquiring")
    try:
        async with lock:
            print(name, "holds lock")
            await asyncio.sleep(hold)
            print(name, "releasing")
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args, "lock locked:", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker(lock, "A", 0.05))
    b = asyncio.create_task(worker(lock, "B", 0.01))
    c = asyncio.create_task(worker(lock, "C", 0.01))
    await asyncio.sleep(0.01)
    a.cancel("holder")
    b.cancel("waiter")
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("final locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
