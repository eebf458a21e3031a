import asyncio

calls = 0
async def once(x):
    global calls
    calls += 1
    await asyncio.sleep(0)
    return x

async def main():
    c = once(1)
    print(await asyncio.gather(c, c, once(2)), calls)
    t = asyncio.create_task(once(3))
    print(await asyncio.gather(t, t, t), calls)
    f = asyncio.get_running_loop().create_future()
    f.set_result("f")
    print(await asyncio.gather(f, f), calls)
    # gather of already-done tasks with exception, awaited twice
    async def bad():
        raise ValueError("once")
    tb = asyncio.create_task(bad())
    await asyncio.sleep(0)
    for _ in range(2):
        try:
            await asyncio.gather(tb, once(4))
        except ValueError as e:
            print("ValueError", e, calls)
    r = await asyncio.gather(tb, tb, return_exceptions=True)
    print([repr(x) for x in r], r[0] is r[1])
    # gather a coroutine that is already awaited
    c2 = once(5)
    await c2
    try:
        await asyncio.gather(c2)
    except RuntimeError as e:
        print("RuntimeError", e)
    # generator of awaitables
    print(await asyncio.gather(*(once(i) for i in range(3))), calls)
    # nested gather cancellation outer-first
    inner = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    outer = asyncio.gather(inner, once(9))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled())

asyncio.run(main())
