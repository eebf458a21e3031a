# gather: error texts, return_exceptions with cancellation, exception identity
import asyncio

async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"boom {n}")

async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    r = await asyncio.gather(ok(1), boom(2), ok(3), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    print(repr(r[1]))
    try:
        await asyncio.gather(boom(1), boom(2))
    except ValueError as e:
        print("first:", e)
    t = asyncio.create_task(ok(5))
    g = asyncio.gather(t, ok(1), return_exceptions=True)
    await asyncio.sleep(0.02)
    t.cancel("bye")
    res = await g
    print([repr(x) for x in res])
    g2 = asyncio.gather(ok(1), ok(2))
    print(g2.cancel(), g2.cancel())
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather())
    g3 = asyncio.gather(ok(0))
    await g3
    print(type(g3).__name__, g3.done(), g3.cancel())

asyncio.run(main())
