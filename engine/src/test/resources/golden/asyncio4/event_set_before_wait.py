import asyncio

async def main():
    ev = asyncio.Event()
    print(repr(ev).split(" at ")[0], ev.is_set())
    ev.set()
    print(repr(ev).split(" at ")[0], ev.is_set())
    r = await ev.wait()
    print("wait on set event returns", r)
    ev.set()
    ev.clear()
    print(ev.is_set())
    async def waiter(n):
        r = await ev.wait()
        print("waiter", n, r)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split(" at ")[1].split(" ", 1)[1] if " at " in repr(ev) else repr(ev))
    ev.set()
    ev.clear()
    print("set then clear before waiters ran")
    await asyncio.gather(*ts)
    print("all woke though cleared:", ev.is_set())

asyncio.run(main())
