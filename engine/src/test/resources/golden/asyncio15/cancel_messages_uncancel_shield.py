import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("stubborn got", repr(e), asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
        return "survived"

async def inner():
    await asyncio.sleep(1)

async def middle():
    try:
        await inner()
    except asyncio.CancelledError as e:
        print("middle sees", e.args)
        raise

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    print(await t, t.cancelled(), t.cancelling())
    m = asyncio.create_task(middle())
    await asyncio.sleep(0)
    m.cancel("why")
    try:
        await m
    except asyncio.CancelledError as e:
        print("main sees", e.args, m.cancelled())
    try:
        m.result()
    except asyncio.CancelledError as e:
        print("result raises", e.args)
    try:
        m.exception()
    except asyncio.CancelledError as e:
        print("exception raises", e.args)
    g = asyncio.gather(inner(), inner())
    await asyncio.sleep(0)
    g.cancel("gather cancel")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather", e.args)
    s_inner = asyncio.create_task(inner())
    sh = asyncio.shield(s_inner)
    await asyncio.sleep(0)
    sh.cancel()
    await asyncio.sleep(0)
    print("shield", sh.cancelled(), s_inner.cancelled(), s_inner.done())
    s_inner.cancel()
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="fut msg")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("fut", e.args, repr(fut))
    done, pend = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, "a")), asyncio.create_task(asyncio.sleep(1, "b"))], timeout=0.05)
    print(len(done), len(pend), [d.result() for d in done])
    for p in pend:
        p.cancel()
    await asyncio.sleep(0)
    print([p.cancelled() for p in pend])

asyncio.run(main())
