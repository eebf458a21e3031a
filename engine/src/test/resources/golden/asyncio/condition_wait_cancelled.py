import asyncio

async def main():
    cond = asyncio.Condition()
    log = []
    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                log.append(f'cancelled, holds lock={cond.locked()}')
                raise
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        log.append('main still holds the lock')
    await asyncio.gather(t, return_exceptions=True)
    print(log)
    ready = []
    async def pred_waiter():
        async with cond:
            r = await cond.wait_for(lambda: len(ready) >= 2)
            log.append(f'predicate {r}')
    t2 = asyncio.create_task(pred_waiter())
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            ready.append(i)
            cond.notify_all()
    await t2
    print(log[-1])

asyncio.run(main())
