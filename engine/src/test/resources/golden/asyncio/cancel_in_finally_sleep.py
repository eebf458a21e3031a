import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print('cleanup begins')
        await asyncio.sleep(0.1)
        print('cleanup ends')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.05)
    print('cancelling again during cleanup:', t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('worker cancelled', t.cancelling())

asyncio.run(main())
