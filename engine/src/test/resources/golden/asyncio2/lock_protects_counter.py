# A read-modify-write race across an await, then the same with a Lock.
import asyncio

counter = 0


async def unsafe_increment():
    global counter
    value = counter
    await asyncio.sleep(0)
    counter = value + 1


async def safe_increment(lock):
    global counter
    async with lock:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1


async def main():
    global counter
    await asyncio.gather(*(unsafe_increment() for _ in range(10)))
    print("without a lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(safe_increment(lock) for _ in range(10)))
    print("with a lock:", counter)


asyncio.run(main())
