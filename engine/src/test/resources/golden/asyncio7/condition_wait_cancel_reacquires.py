import asyncio

async def waiter(cond, log):
    async with cond:
        log.append("waiter waiting")
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(f"waiter cancelled, holds lock: {cond.locked()}")
            raise
    log.append("never")

async def main():
    cond = asyncio.Condition()
    log = []
    w = asyncio.create_task(waiter(cond, log))
    await asyncio.sleep(0)
    await cond.acquire()
    log.append("main holds the lock")
    w.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"main still holds; waiter done: {w.done()}")
    cond.release()
    try:
        await w
    except asyncio.CancelledError:
        log.append("waiter ended cancelled")
    log.append(f"lock free: {not cond.locked()}")
    print("\n".join(log))

asyncio.run(main())
