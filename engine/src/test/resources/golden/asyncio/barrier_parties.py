import asyncio

async def party(b, name, log, delay):
    await asyncio.sleep(delay)
    log.append(f'{name} arrives ({b.n_waiting} waiting)')
    idx = await b.wait()
    log.append(f'{name} passes idx={idx}')

async def main():
    b = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(party(b, n, log, d) for n, d in [('x', 0.2), ('y', 0.0), ('z', 0.1)]))
    print('\n'.join(log))
    print(repr(b).split(' [')[1], b.parties, b.broken)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('broken', type(e).__mro__[1].__name__, b.broken)
    await b.reset()
    print(b.broken)

asyncio.run(main())
