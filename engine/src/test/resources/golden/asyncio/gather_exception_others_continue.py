import asyncio

async def child(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        print(f'{name} finished')
        return name
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise

async def main():
    ts = [asyncio.create_task(child('a', 0.1, True)), asyncio.create_task(child('b', 0.2))]
    try:
        await asyncio.gather(*ts)
    except ValueError as e:
        print('gather raised', e, [t.done() for t in ts])
    await asyncio.sleep(0.3)
    print([t.done() for t in ts], ts[1].result())
    r = await asyncio.gather(child('c', 0.1, True), child('d', 0.1), return_exceptions=True)
    print(r)

asyncio.run(main())
