import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        return "slow done"
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def waiter():
    try:
        return await asyncio.wait_for(slow(), timeout=5)
    except asyncio.CancelledError:
        print("waiter cancelled while in wait_for")
        raise

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel("outer stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(t.cancelled(), t.done())
    sem = asyncio.Semaphore(1)
    async def guarded(i):
        async with sem:
            if i == 1:
                raise KeyError(i)
            await asyncio.sleep(0)
            return i
    res = await asyncio.gather(*(guarded(i) for i in range(3)), return_exceptions=True)
    print(res, sem.locked(), sem._value)

asyncio.run(main())
