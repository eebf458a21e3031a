# Task.cancel(msg): the message through gather, shield, wait_for and as seen in tracebacks.
import asyncio


async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{tag} got args={e.args}")
        raise


async def main():
    t = asyncio.create_task(sleeper("plain"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("await plain:", e.args)

    a = asyncio.create_task(sleeper("a"))
    b = asyncio.create_task(sleeper("b"))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("await gather:", e.args)
    print(a.cancelled(), b.cancelled())

    c = asyncio.create_task(sleeper("c"))
    g2 = asyncio.gather(c)
    await asyncio.sleep(0)
    c.cancel("child msg")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("gather with cancelled child:", e.args)

    inner = asyncio.create_task(sleeper("shielded"))
    async def outer():
        await asyncio.shield(inner)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel("outer msg")
    try:
        await o
    except asyncio.CancelledError as e:
        print("shield outer:", e.args, inner.cancelled())
    inner.cancel("inner msg")
    try:
        await inner
    except asyncio.CancelledError as e:
        print("inner:", e.args)

    async def wf():
        await asyncio.wait_for(sleeper("wf-inner"), 5)
    w = asyncio.create_task(wf())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    w.cancel("wait_for msg")
    try:
        await w
    except asyncio.CancelledError as e:
        print("wait_for:", e.args)

    d = asyncio.create_task(sleeper("d"))
    await asyncio.sleep(0)
    d.cancel("first")
    d.cancel("second")
    try:
        await d
    except asyncio.CancelledError as e:
        print("two cancels:", e.args, d.cancelling())

    f = asyncio.get_running_loop().create_future()
    f.cancel(msg="future msg")
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future result:", e.args)
    try:
        f.exception()
    except asyncio.CancelledError as e:
        print("future exception:", e.args)

    e = asyncio.create_task(sleeper("e"))
    await asyncio.sleep(0)
    e.cancel(123)
    r = await asyncio.gather(e, return_exceptions=True)
    print("return_exceptions:", repr(r[0]))

    last = asyncio.create_task(sleeper("last"))
    await asyncio.sleep(0)
    last.cancel("uncaught message")
    await last


asyncio.run(main())
