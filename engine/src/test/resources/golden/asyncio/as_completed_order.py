import asyncio

async def work(d, v):
    await asyncio.sleep(d)
    if v == 'boom':
        raise RuntimeError(v)
    return v

async def main():
    coros = [work(0.3, 'c'), work(0.1, 'a'), work(0.2, 'boom'), work(0.15, 'a2')]
    for f in asyncio.as_completed(coros):
        try:
            print('got', await f)
        except RuntimeError as e:
            print('error', e)
    try:
        for f in asyncio.as_completed([work(0.5, 'x'), work(0.1, 'y')], timeout=0.1):
            print('got', await f)
    except TimeoutError:
        print('timed out')
    await asyncio.sleep(1)

asyncio.run(main())
