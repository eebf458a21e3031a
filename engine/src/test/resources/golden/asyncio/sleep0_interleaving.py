import asyncio

order = []

async def task(name, n):
    for i in range(n):
        order.append(f'{name}{i}')
        await asyncio.sleep(0)

async def spawner():
    order.append('spawn')
    asyncio.create_task(task('z', 2))
    await asyncio.sleep(0)
    order.append('spawner back')

async def main():
    ts = [asyncio.create_task(task(n, k)) for n, k in [('a', 3), ('b', 1), ('c', 2)]]
    ts.append(asyncio.create_task(spawner()))
    order.append('main before')
    await asyncio.sleep(0)
    order.append('main after 1')
    await asyncio.sleep(0)
    order.append('main after 2')
    await asyncio.gather(*ts)
    await asyncio.sleep(0)
    print(' '.join(order))

asyncio.run(main())
