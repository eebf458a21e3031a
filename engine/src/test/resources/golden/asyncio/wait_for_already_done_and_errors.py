import asyncio

async def quick():
    return 'quick'

async def slow_error():
    await asyncio.sleep(0.1)
    raise OSError('io')

async def main():
    print(await asyncio.wait_for(quick(), 0))
    f = asyncio.get_running_loop().create_future()
    f.set_result('pre')
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(slow_error(), 1)
    except OSError as e:
        print('error passes', e)
    t = asyncio.create_task(asyncio.sleep(1))
    try:
        await asyncio.wait_for(t, 0.1)
    except TimeoutError:
        print('task cancelled by wait_for', t.cancelled())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.sleep(1), 1))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancellation wins')

asyncio.run(main())
