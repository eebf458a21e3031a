# Cancelling one child of a gather: with return_exceptions the CancelledError becomes a result;
# without it the gather raises CancelledError while the others keep running.
import asyncio


async def work(n, delay):
    try:
        await asyncio.sleep(delay)
        return n
    except asyncio.CancelledError as e:
        print(f"work {n} cancelled args={e.args}")
        raise


async def main():
    a = asyncio.create_task(work(1, 0.01))
    b = asyncio.create_task(work(2, 0.02))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    b.cancel("stop b")
    res = await g
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print("args of cancelled result", res[1].args)

    c = asyncio.create_task(work(3, 0.01))
    d = asyncio.create_task(work(4, 0.02))
    g2 = asyncio.gather(c, d)
    await asyncio.sleep(0)
    c.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, "g2.cancelled()", g2.cancelled())
    print("d done?", d.done())
    print("d result", await d)

    # Cancelling the gather itself cancels every child that is still pending.
    e = asyncio.create_task(work(5, 0.01))
    f = asyncio.create_task(work(6, 0.01))
    g3 = asyncio.gather(e, f, return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel gather ->", g3.cancel())
    try:
        print("g3 result", await g3)
    except asyncio.CancelledError:
        print("g3 raised CancelledError")
    print("children cancelled", e.cancelled(), f.cancelled())
    print("cancel again ->", g3.cancel())


asyncio.run(main())
