import asyncio

async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('caught cancel, returning value')
        return 'ignored'

async def cleanup_slow(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append('cleanup start')
        await asyncio.sleep(0.1)
        log.append('cleanup end')

async def main():
    log = []
    try:
        r = await asyncio.wait_for(stubborn(log), 0.1)
        print('result', r)
    except TimeoutError:
        print('timeout')
    try:
        await asyncio.wait_for(cleanup_slow(log), 0.1)
    except TimeoutError as e:
        print('timeout 2', type(e.__context__).__name__)
    print(log)
    print(await asyncio.wait_for(asyncio.sleep(0, 'now'), None))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print('zero timeout')

asyncio.run(main())
