import asyncio

async def worker(sem, i, log):
    log.append(f'want {i} locked={sem.locked()}')
    async with sem:
        log.append(f'got {i}')
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    log.append(f'released {i}')

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(worker(sem, i, log) for i in range(5)))
    print('\n'.join(log))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

asyncio.run(main())
