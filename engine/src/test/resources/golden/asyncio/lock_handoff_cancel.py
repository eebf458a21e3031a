import asyncio

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    async def w(name):
        try:
            await lock.acquire()
            log.append(f'{name} acquired')
            lock.release()
        except asyncio.CancelledError:
            log.append(f'{name} cancelled, locked={lock.locked()}')
            raise
    t1 = asyncio.create_task(w('t1'))
    t2 = asyncio.create_task(w('t2'))
    await asyncio.sleep(0)
    lock.release()
    t1.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
