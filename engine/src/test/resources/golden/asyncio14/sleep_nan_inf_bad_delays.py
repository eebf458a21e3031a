import asyncio, math

async def main():
    for d in [0, -1, -0.0, 1e-9, float("nan"), float("-inf")]:
        try:
            r = await asyncio.wait_for(asyncio.sleep(d, result=d), 1)
            print(repr(d), "->", repr(r))
        except Exception as e:
            print(repr(d), "->", type(e).__name__, e)
    for bad in ["1", None, [1], 1j]:
        try:
            await asyncio.sleep(bad)
            print(repr(bad), "slept")
        except Exception as e:
            print(repr(bad), "->", type(e).__name__, e)
    loop = asyncio.get_running_loop()
    for d in [float("inf"), 1e300]:
        t = asyncio.create_task(asyncio.sleep(d))
        await asyncio.sleep(0)
        print(d, "pending:", not t.done())
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print("cancelled ok")
    h = loop.call_later(float("nan"), print, "nan callback")
    print(type(h).__name__, h.when() != h.when())
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
