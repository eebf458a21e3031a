import asyncio

async def waiter(cond, name, log):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} woke")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, lock held={cond.locked()}")
            raise

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, n, log)) for n in "ABCD"]
    await asyncio.sleep(0)
    ts[0].cancel()
    ts[1].cancel()
    async with cond:
        cond.notify(1)
        log.append("notify(1) with two waiters already cancelled")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        log.append("notify_all")
    res = await asyncio.gather(*ts, return_exceptions=True)
    print("\n".join(log))
    print([type(r).__name__ for r in res])
    async with cond:
        print("wait_for already true:", await cond.wait_for(lambda: 42))

asyncio.run(main())
