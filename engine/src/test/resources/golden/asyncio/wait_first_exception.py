import asyncio

async def ok(d, v):
    await asyncio.sleep(d)
    return v

async def bad(d):
    await asyncio.sleep(d)
    raise KeyError('bad')

async def main():
    ts = [asyncio.create_task(ok(0.3, 'slow')), asyncio.create_task(bad(0.1)), asyncio.create_task(ok(0.05, 'fast'))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print(len(done), len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait(ts, return_when='bogus')
    except ValueError as e:
        print(e)
    print(ts[1].exception())

asyncio.run(main())
