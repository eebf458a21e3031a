# shield: the inner task cancelled or failing, shield of a finished future, repeated shields.
import asyncio


async def work(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError("inner failed")
    return "ok"


async def main():
    inner = asyncio.create_task(work(0.01))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled because inner was:", outer.cancelled())

    inner = asyncio.create_task(work(0.01, fail=True))
    try:
        await asyncio.shield(inner)
    except ValueError as e:
        print("shield passes the error:", e)

    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    s = asyncio.shield(done)
    print("shield of a done future is it:", s is done)

    inner = asyncio.create_task(work(0.02))
    s1 = asyncio.shield(inner)
    s2 = asyncio.shield(inner)
    s1.cancel()
    print("s1 cancelled", s1.cancelled(), "inner cancelled", inner.cancelled())
    print("s2 ->", await s2, "inner ->", inner.result())

    coro_shield = asyncio.shield(work(0.01))
    print(type(coro_shield).__name__, await coro_shield)


asyncio.run(main())
