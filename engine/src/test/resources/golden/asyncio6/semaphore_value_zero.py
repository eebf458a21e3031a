import asyncio

async def user(sem, name):
    print(name, "wants; locked =", sem.locked(), "value =", sem._value)
    async with sem:
        print(name, "in")
        await asyncio.sleep(0)
    print(name, "out")

async def main():
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(user(sem, n)) for n in "ABC"]
    await asyncio.sleep(0)
    print("releasing twice")
    sem.release()
    sem.release()
    print("value now", sem._value, "locked", sem.locked())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    sem.release()
    await asyncio.gather(*ts)
    print("final value", sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
