import asyncio

async def holder(lock, log):
    async with lock:
        log.append('holder in')
        await asyncio.sleep(0.1)
        log.append('holder out')

async def waiter(lock, log, name):
    try:
        async with lock:
            log.append(f'{name} in')
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(lock, log, f'w{i}')) for i in range(4)]
    await asyncio.sleep(0)
    print(repr(lock).split(' [')[1])
    ws[1].cancel()
    ws[2].cancel()
    await asyncio.gather(h, *ws, return_exceptions=True)
    print(log)
    print(lock.locked(), [w.cancelled() for w in ws])

asyncio.run(main())
