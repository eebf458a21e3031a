import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1

async def quick():
    return 42

async def main():
    tk = asyncio.create_task(ticker())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    start = ticks
    for _ in range(5):
        await t
    print("awaiting a done task 5 times cost", ticks - start, "ticks")
    start = ticks
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    await f
    await f
    print("awaiting a done future cost", ticks - start, "ticks")
    start = ticks
    await quick()
    print("awaiting a coroutine cost", ticks - start, "ticks")
    start = ticks
    await asyncio.gather(t)
    print("gather of a done task cost", ticks - start, "ticks")
    start = ticks
    await asyncio.wait_for(quick(), 1)
    print("wait_for of a coroutine cost", ticks - start, "ticks")
    start = ticks
    await asyncio.shield(t)
    print("shield of a done task cost", ticks - start, "ticks")
    tk.cancel()

asyncio.run(main())
