import asyncio

log = []
def say(*a):
    print(*a)

async def step(name, n):
    for i in range(n):
        say(f"{name} step {i}")
        await asyncio.sleep(0)
    return name

async def main():
    inner = asyncio.create_task(step("inner", 3))
    sh = asyncio.shield(inner)
    g = asyncio.gather(sh, step("g2", 2))
    await asyncio.sleep(0)
    say("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        say("gather cancelled; inner done?", inner.done(), "sh cancelled?", sh.cancelled())
    say("inner result", await inner)
    # shield of a coroutine, outer cancelled, inner keeps running
    async def worker():
        await asyncio.sleep(0.01)
        say("worker finished")
        return 5
    outer = asyncio.ensure_future(asyncio.shield(worker()))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.sleep(0.02)
    say("outer cancelled", outer.cancelled())
    # gather with return_exceptions and a cancelled child
    async def c1():
        await asyncio.sleep(0.01)
        return 1
    t1 = asyncio.create_task(c1())
    t2 = asyncio.create_task(c1())
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0)
    t1.cancel("child cancel")
    res = await g2
    say([type(r).__name__ if isinstance(r, BaseException) else r for r in res], res[0].args)
    # gather without return_exceptions, a child cancelled
    t3 = asyncio.create_task(c1())
    t4 = asyncio.create_task(c1())
    g3 = asyncio.gather(t3, t4)
    await asyncio.sleep(0)
    t3.cancel("three")
    try:
        await g3
    except asyncio.CancelledError as e:
        say("g3 raised CancelledError", e.args, g3.cancelled(), t4.cancelled())
    await asyncio.sleep(0.02)
    say("t4", t4.result())
    # cancel gather twice with messages
    g4 = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    say(g4.cancel("first"), g4.cancel("second"))
    try:
        await g4
    except asyncio.CancelledError as e:
        say("g4", e.args)
    # empty gather
    g5 = asyncio.gather()
    say(g5.done(), await g5)

asyncio.run(main())
