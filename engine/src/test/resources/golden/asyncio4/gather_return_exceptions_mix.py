import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def err(e):
    await asyncio.sleep(0)
    raise e

async def cancelled_self():
    await asyncio.sleep(0)
    asyncio.current_task().cancel("self")
    await asyncio.sleep(0)

async def main():
    res = await asyncio.gather(ok(1), err(ValueError("v")), cancelled_self(), ok(2), return_exceptions=True)
    print([type(r).__name__ for r in res], [str(r) for r in res])
    try:
        await asyncio.gather(ok(1), cancelled_self())
    except asyncio.CancelledError as e:
        print("gather without return_exceptions:", repr(e))
    g = asyncio.gather(ok(1), err(KeyError("k")))
    try:
        await g
    except KeyError as e:
        print("first error:", repr(e), g.done(), repr(g.exception()))
    g2 = asyncio.gather()
    print(g2.done(), await g2)
    f = asyncio.get_running_loop().create_future()
    g3 = asyncio.gather(f, f, ok(3))
    f.set_result("same")
    print(await g3)
    g4 = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    print("cancel gather:", g4.cancel(), g4.cancelled())
    try:
        await g4
    except asyncio.CancelledError:
        print("g4 cancelled:", g4.cancelled())
    try:
        await asyncio.gather(ok(1), 5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
