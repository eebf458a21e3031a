import asyncio

async def val(x, d=0):
    await asyncio.sleep(d)
    return x

async def boom():
    await asyncio.sleep(0)
    raise LookupError("nope")

async def main():
    t_cancel = asyncio.create_task(val("never", 1), name="victim")
    g = asyncio.gather(val(1), t_cancel, boom(), val(4, 0.01), return_exceptions=True)
    await asyncio.sleep(0)
    t_cancel.cancel("go away")
    res = await g
    for r in res:
        print(type(r).__name__, r.args if isinstance(r, BaseException) else r)
    # without return_exceptions, a cancelled child makes gather raise CancelledError
    t2 = asyncio.create_task(val("x", 1))
    g2 = asyncio.gather(val(1), t2)
    await asyncio.sleep(0)
    t2.cancel("bye")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2 raised CancelledError", e.args, "g2.cancelled()", g2.cancelled())
    print("g2 done", g2.done())

asyncio.run(main())
