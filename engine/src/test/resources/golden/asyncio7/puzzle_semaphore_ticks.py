import asyncio

tick = 0

async def clock():
    global tick
    while True:
        await asyncio.sleep(0)
        tick += 1

async def worker(sem, name):
    print(f"[{tick}] {name} wants in")
    async with sem:
        print(f"[{tick}] {name} in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(f"[{tick}] {name} out")

async def main():
    c = asyncio.create_task(clock())
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in "ABCDE"))
    c.cancel()
    print("final tick", tick)

asyncio.run(main())
