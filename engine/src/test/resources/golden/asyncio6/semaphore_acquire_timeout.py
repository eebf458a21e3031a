import asyncio

async def holder(sem, name, hold):
    async with sem:
        print(name, "got permit")
        await asyncio.sleep(hold)
    print(name, "released")

async def impatient(sem, name, patience):
    try:
        await asyncio.wait_for(sem.acquire(), patience)
    except TimeoutError:
        print(name, "gave up, value", sem._value, "waiters", len(sem._waiters or ()))
        return
    try:
        print(name, "got permit late")
    finally:
        sem.release()

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(
        holder(sem, "h", 0.05),
        impatient(sem, "i1", 0.01),
        impatient(sem, "i2", 0.1),
        impatient(sem, "i3", 0.02),
    )
    print("value at end", sem._value, "locked", sem.locked())

asyncio.run(main())
