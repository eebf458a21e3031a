import asyncio

async def guarded(sem, i):
    async with sem:
        if i == 2:
            raise ValueError(i)
        await asyncio.sleep(0)
        return i

async def main():
    sem = asyncio.Semaphore(2)
    res = await asyncio.gather(*(guarded(sem, i) for i in range(5)), return_exceptions=True)
    print(res, sem._value, sem.locked())
    lock = asyncio.Lock()
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError:
        print("lock released after error:", not lock.locked())
    cond = asyncio.Condition()
    try:
        async with cond:
            await asyncio.wait_for(cond.wait(), 0.01)
    except TimeoutError:
        print("condition wait timed out; lock held after?", cond.locked())
    print("finally free:", not cond.locked())

asyncio.run(main())
