import asyncio

log = []

async def step(name, d):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def group_work():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(step("a", 0.02))
        b = tg.create_task(step("b", 0.04))
    return a.result() + b.result()

async def main():
    inner = asyncio.ensure_future(group_work())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    log.append(f"inner done? {inner.done()}")
    log.append(f"inner result {await inner}")
    print(log); log.clear()

    async def protected():
        return await asyncio.shield(group_work())
    t = asyncio.create_task(protected())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("protected cancelled")
    await asyncio.sleep(0.05)
    print(log); log.clear()

    async def timed():
        async with asyncio.timeout(0.01):
            return await asyncio.shield(group_work())
    try:
        await timed()
    except TimeoutError:
        log.append("timed out")
    await asyncio.sleep(0.05)
    print(log)

asyncio.run(main())
