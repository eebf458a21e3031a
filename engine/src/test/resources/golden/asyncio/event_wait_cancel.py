import asyncio

async def waiter(ev, name, log):
    log.append(f'{name} waits')
    r = await ev.wait()
    log.append(f'{name} woke {r}')

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    print(repr(ev).split(' [')[1])
    ts[1].cancel()
    ev.set()
    ev.clear()
    print(ev.is_set(), repr(ev).split(' [')[1])
    await asyncio.sleep(0)
    log.append('after one sleep')
    await asyncio.sleep(0)
    print(log)
    print([t.cancelled() for t in ts])
    ev.set()
    print(await ev.wait())

asyncio.run(main())
