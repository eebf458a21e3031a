import asyncio

async def val(v, d, exc=None):
    await asyncio.sleep(d)
    if exc:
        raise exc
    return v

async def main():
    ts = [asyncio.create_task(val(i, d), name=f'v{i}') for i, d in enumerate((0.3, 0.1, 0.2))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    ts2 = [asyncio.create_task(val(1, 0.1)), asyncio.create_task(val(2, 0.05, ValueError('x')))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    done, pending = await asyncio.wait(ts2 + ts)
    print(len(done), len(pending))
    try:
        await asyncio.wait([val(1, 0)])
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.wait(ts, return_when='bogus')
    except ValueError as e:
        print('ValueError', e)
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, 'F')
    done, _ = await asyncio.wait({f})
    print(done == {f})

asyncio.run(main())
