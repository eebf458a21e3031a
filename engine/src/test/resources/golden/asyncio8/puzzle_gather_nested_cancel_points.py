import asyncio

log = []

async def leaf(name, ticks):
    try:
        for i in range(ticks):
            await asyncio.sleep(0)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def branch(name):
    inner = asyncio.gather(leaf(name + ".1", 1), leaf(name + ".2", 3))
    try:
        return await inner
    except asyncio.CancelledError:
        log.append(f"{name} branch cancelled; inner cancelled={inner.cancelled()}")
        raise

async def main():
    outer = asyncio.gather(branch("A"), branch("B"), return_exceptions=True)
    for _ in range(2):
        await asyncio.sleep(0)
    print("cancel ->", outer.cancel())
    try:
        print(await outer)
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print(log)
    log.clear()

    # cancel one child of a gather from the outside
    t1 = asyncio.create_task(leaf("x", 2))
    t2 = asyncio.create_task(leaf("y", 4))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; t1:", t1.done(), "g.cancelled:", g.cancelled())
    await asyncio.sleep(0.01)
    print(log, t1.result())

asyncio.run(main())
