# Cancelling the task that awaits gather() cancels the children; a child's own
# cancellation makes gather raise CancelledError (without return_exceptions).
import asyncio

async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def parent(log):
    try:
        return await asyncio.gather(child("a", 0.1, log), child("b", 0.2, log))
    except asyncio.CancelledError:
        log.append("parent saw CancelledError")
        raise

async def main():
    log = []
    p = asyncio.create_task(parent(log))
    await asyncio.sleep(0.05)
    p.cancel("stop it")
    try:
        await p
    except asyncio.CancelledError as e:
        log.append(f"awaiting parent: {e.args}")
    print("\n".join(log))
    print("parent cancelled:", p.cancelled())

    log.clear()
    c1 = asyncio.create_task(child("x", 0.1, log))
    c2 = asyncio.create_task(child("y", 0.3, log))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0.05)
    c1.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        log.append(f"gather raised CancelledError {e.args}")
    log.append(f"gather done={g.done()} cancelled={g.cancelled()} c2 done={c2.done()}")
    print("\n".join(log))
    print("y result later:", await c2)

    g2 = asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    await asyncio.sleep(0)
    print("gather.cancel():", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("outer gather cancelled:", g2.cancelled())
    print("second cancel:", g2.cancel())

    g3 = asyncio.gather(asyncio.sleep(0.01, "s"), asyncio.sleep(1), return_exceptions=True)
    await asyncio.sleep(0.02)
    print("cancel with return_exceptions:", g3.cancel())
    try:
        print(await g3)
    except asyncio.CancelledError:
        print("still CancelledError")

asyncio.run(main())
