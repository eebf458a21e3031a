import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    ev = asyncio.Event()
    ev.set()
    start = ticks
    r = await ev.wait()
    print("wait on set event:", r, "ticks passed", ticks - start)
    ev.clear()
    async def setter():
        ev.set()
    start = ticks
    asyncio.create_task(setter())
    r = await ev.wait()
    print("wait until set:", r, "ticks passed", ticks - start)
    # set then clear before the waiter runs: waiter still wakes
    ev.clear()
    woke = []
    async def w():
        woke.append(await ev.wait())
    wt = asyncio.create_task(w())
    await asyncio.sleep(0)
    ev.set(); ev.clear()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("woke:", woke, "is_set", ev.is_set())
    t.cancel()

asyncio.run(main())
