import asyncio

async def step(name, delays):
    for d in delays:
        print(f'{name} sleeps {d}')
        await asyncio.sleep(d)
    print(f'{name} done')
    return name

async def main():
    r = await asyncio.gather(step('x', [0.3, 0]), step('y', [0, 0.1, 0.1]), step('z', [0.1, 0.05]))
    print(r)

asyncio.run(main())
