# Catching CancelledError and not re-raising: what each API sees.
import asyncio

async def stubborn(log, name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} swallowed")
    return f"{name} finished anyway"

async def main():
    log = []
    t = asyncio.create_task(stubborn(log, "t"))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    print("cancelling", t.cancelling())
    r = await t
    print("awaited:", r, "| cancelled()", t.cancelled(), "| cancelling", t.cancelling())

    # wait_for: the inner swallows, so wait_for cannot report a timeout
    try:
        r = await asyncio.wait_for(stubborn(log, "wf"), 0.001)
        print("wait_for returned", r)
    except asyncio.TimeoutError:
        print("wait_for timed out")

    # asyncio.timeout: same
    try:
        async with asyncio.timeout(0.001) as cm:
            r = await stubborn(log, "tm")
        print("timeout block result", r, "expired", cm.expired())
    except TimeoutError:
        print("timeout raised")

    # gather of a swallowing child, gather cancelled
    g = asyncio.gather(stubborn(log, "g1"), asyncio.sleep(1, "s"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        print("gather ->", await g)
    except asyncio.CancelledError:
        print("gather cancelled; cancelled() =", g.cancelled())

    # cancel twice: second cancel() while the first is pending
    t2 = asyncio.create_task(stubborn(log, "t2"))
    await asyncio.sleep(0)
    print(t2.cancel("one"), t2.cancel("two"), t2.cancelling())
    print(await t2, t2.cancelling())
    print(log)

asyncio.run(main())
