import asyncio

async def leaf(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise

async def main():
    inner = asyncio.gather(leaf("a", 0.01), leaf("b", 1))
    outer = asyncio.gather(inner, leaf("c", 0.02), return_exceptions=True)
    await asyncio.sleep(0.015)
    print("cancel inner:", inner.cancel())
    res = await outer
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print("inner cancelled()", inner.cancelled())
    g = asyncio.gather(leaf("x", 1), leaf("y", 1))
    await asyncio.sleep(0)
    print("cancel twice:", g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled", g.cancelled())
    print("cancel after done:", g.cancel())

asyncio.run(main())
