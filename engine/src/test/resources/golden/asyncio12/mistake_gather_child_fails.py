# One failing gather child, with and without return_exceptions; what the others do.
import asyncio

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} broke")
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    print("-- without return_exceptions")
    kids = [asyncio.ensure_future(child("a", 0.001)),
            asyncio.ensure_future(child("b", 0.002, fail=True)),
            asyncio.ensure_future(child("c", 0.01))]
    g = asyncio.gather(*kids)
    try:
        await g
    except ValueError as e:
        print("caught", e, "| gather done", g.done(), "| c done", kids[2].done())
    print(await kids[2], "still finishes")
    print("g.exception():", repr(g.exception()))

    print("-- with return_exceptions")
    res = await asyncio.gather(child("d", 0), child("e", 0, True), child("f", 0.001),
                               return_exceptions=True)
    print(res)

    print("-- child cancelled from outside")
    t = asyncio.create_task(child("x", 1))
    u = asyncio.create_task(child("y", 0.001))
    g2 = asyncio.gather(t, u)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, "| g2.cancelled()", g2.cancelled())
    print("y", u.done(), await u)

    print("-- same, return_exceptions")
    t = asyncio.create_task(child("p", 1))
    g3 = asyncio.gather(t, child("q", 0), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("bye")
    print(await g3)

asyncio.run(main())
