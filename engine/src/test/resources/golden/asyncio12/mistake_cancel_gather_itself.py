# Cancelling the gather future: children are cancelled; what await sees; messages.
import asyncio

async def kid(n, log):
    try:
        await asyncio.sleep(n / 1000)
        log.append(f"kid{n} ok")
        return n
    except asyncio.CancelledError as e:
        log.append(f"kid{n} cancelled {e.args}")
        raise

async def main():
    log = []
    g = asyncio.gather(kid(1, log), kid(50, log), kid(60, log))
    await asyncio.sleep(0.01)
    print("cancel ->", g.cancel("stop it"))
    print("again ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("await g: CancelledError", e.args)
    print(g.done(), g.cancelled())
    print(log)

    # cancel after all children done: returns False
    g = asyncio.gather(kid(0, log), kid(0, log))
    print(await g, g.cancel())

    # outer task awaiting a gather gets cancelled
    log.clear()
    async def outer():
        return await asyncio.gather(kid(30, log), kid(40, log))
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    print(log)

    # empty gather
    e = asyncio.gather()
    print(type(e).__name__, e.done(), await e, e.cancel())

asyncio.run(main())
