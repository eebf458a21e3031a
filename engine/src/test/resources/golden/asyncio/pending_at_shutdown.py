import asyncio

async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f'{name} cancelled at shutdown')
        raise
    finally:
        print(f'{name} finally')

async def refuses():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('refuses: raising instead')
        raise RuntimeError('during shutdown')

async def main():
    asyncio.create_task(forever('a'))
    asyncio.create_task(refuses())
    asyncio.create_task(forever('b'))
    await asyncio.sleep(0)
    print('main returns')
    return 'main result'

print(asyncio.run(main()))
