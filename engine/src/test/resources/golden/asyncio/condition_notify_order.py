import asyncio

async def consumer(cond, name, items, log):
    async with cond:
        while not items:
            log.append(f'{name} waiting')
            await cond.wait()
            log.append(f'{name} woke')
        log.append(f'{name} got {items.pop(0)}')

async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    ts = [asyncio.create_task(consumer(cond, f'c{i}', items, log)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append(4)
        cond.notify_all()
    await asyncio.gather(*ts)
    print('\n'.join(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
