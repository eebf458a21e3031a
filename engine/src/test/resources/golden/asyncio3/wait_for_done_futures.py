import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    print(await asyncio.wait_for(f, None))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    try:
        await asyncio.wait_for(g, 1)
    except KeyError as e:
        print("KeyError", e)
    h = loop.create_future()
    try:
        await asyncio.wait_for(h, 0)
    except TimeoutError as e:
        print("timeout at 0", type(e).__name__, h.cancelled())
    async def quick():
        return 5
    try:
        print(await asyncio.wait_for(quick(), 0))
    except TimeoutError:
        print("coroutine with 0 timed out")
    try:
        print(await asyncio.wait_for(quick(), -1))
    except TimeoutError:
        print("coroutine with -1 timed out")
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done task:", await asyncio.wait_for(t, 0))
    c = loop.create_future()
    c.cancel()
    try:
        await asyncio.wait_for(c, 1)
    except asyncio.CancelledError:
        print("cancelled future raised CancelledError")
    try:
        await asyncio.wait_for(42, 1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
