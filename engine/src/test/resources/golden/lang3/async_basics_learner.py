import asyncio
async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done"
async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("fetch failed")
async def main():
    r = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01))
    print(r)
    r2 = await asyncio.gather(fetch("c", 0), failing(), return_exceptions=True)
    print(r2)
    t = asyncio.create_task(fetch("t", 0.01))
    print(t.done(), await t, t.done(), t.result())
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__)
    coro = fetch("x", 0)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(await coro)
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("g1", 0.01))
        t2 = tg.create_task(fetch("g2", 0))
    print(t1.result(), t2.result())
asyncio.run(main())
try:
    asyncio.run(fetch)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
