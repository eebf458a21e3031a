import asyncio

async def job(sem, i, log, hold):
    try:
        async with sem:
            log.append(f'start {i}')
            await asyncio.sleep(hold)
            log.append(f'end {i}')
    except asyncio.CancelledError:
        log.append(f'cancel {i}')

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    ts = [asyncio.create_task(job(sem, i, log, 0.1 * (i + 1))) for i in range(6)]
    await asyncio.sleep(0)
    print(repr(sem).split(' [')[1])
    ts[3].cancel()
    await asyncio.sleep(0.15)
    ts[4].cancel()
    await asyncio.gather(*ts)
    print(log)
    print(sem.locked(), sem._value)
    b = asyncio.BoundedSemaphore(1)
    b.release() if False else None
    async with b:
        pass
    try:
        b.release()
    except ValueError as e:
        print('bounded:', e)

asyncio.run(main())
