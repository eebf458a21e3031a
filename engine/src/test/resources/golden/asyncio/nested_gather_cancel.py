import asyncio

async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f'{name} cancelled')
        raise

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + '1'), leaf(prefix + '2'))

async def main():
    outer = asyncio.gather(branch('a'), branch('b'))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')

asyncio.run(main())
