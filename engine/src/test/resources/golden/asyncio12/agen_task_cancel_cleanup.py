# An async generator consumed in a task that gets cancelled: where the cleanup runs.
import asyncio

log = []

async def readings(sensor):
    log.append(f"{sensor} open")
    try:
        n = 0
        while True:
            await asyncio.sleep(0)
            n += 1
            yield n
    except asyncio.CancelledError:
        log.append(f"{sensor} saw CancelledError")
        raise
    except GeneratorExit:
        log.append(f"{sensor} saw GeneratorExit")
        raise
    finally:
        log.append(f"{sensor} closed")

async def monitor(sensor, limit=None):
    async for v in readings(sensor):
        log.append(f"{sensor}={v}")
        if limit and v >= limit:
            break
    log.append(f"{sensor} loop ended")

async def monitor_keep(gen_holder, sensor):
    g = readings(sensor)
    gen_holder.append(g)
    async for v in g:
        if v >= 2:
            break
    log.append(f"{sensor} broke out, gen kept")

async def main():
    t = asyncio.create_task(monitor("A"))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("A task cancelled")
    print(log); log.clear()

    await monitor("B", limit=2)
    await asyncio.sleep(0)
    print(log); log.clear()

    holder = []
    await monitor_keep(holder, "C")
    print(log, holder[0].ag_frame is not None); log.clear()
    await holder[0].aclose()
    print(log); log.clear()

    holder2 = []
    await monitor_keep(holder2, "D")
    log.append("main returns with D suspended")

asyncio.run(main())
print(log)
