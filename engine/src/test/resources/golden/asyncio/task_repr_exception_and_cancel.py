import asyncio

async def fail():
    raise KeyError('k')

async def sleeper():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(fail(), name='failing')
    s = asyncio.create_task(sleeper(), name='sleeper')
    print(repr(t).split(' coro=')[0])
    await asyncio.sleep(0)
    print(repr(t).split(' coro=')[0], 'exception=' in repr(t))
    s.cancel()
    print(repr(s).split(' coro=')[0])
    await asyncio.sleep(0)
    print(repr(s).split(' coro=')[0])
    t.exception()
    f = asyncio.get_running_loop().create_future()
    print(f)
    f.set_result([1, 2])
    print(f)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(ValueError('v'))
    print(f2)
    f2.exception()

asyncio.run(main())
