import asyncio

async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} done')
        return name
    except asyncio.CancelledError as e:
        log.append(f'{name} cancelled {e.args}')
        raise

async def main():
    log = []
    g = asyncio.gather(child('a', 0.1, log), child('b', 0.5, log), child('c', 0.1, log))
    await asyncio.sleep(0.2)
    print(g.cancel('stop'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args)
    print(log, g.cancelled())
    g2 = asyncio.gather(child('d', 0.1, log), return_exceptions=True)
    print(await g2)
    g3 = asyncio.gather()
    print(g3.done(), await g3)

asyncio.run(main())
