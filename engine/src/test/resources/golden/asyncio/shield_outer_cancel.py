import asyncio

async def precious(log):
    log.append('precious start')
    await asyncio.sleep(0.2)
    log.append('precious end')
    return 42

async def main():
    log = []
    inner = asyncio.create_task(precious(log))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append('outer cancelled')
    print(inner.cancelled(), inner.done())
    print(await inner, log)
    f = asyncio.get_running_loop().create_future()
    s = asyncio.shield(f)
    f.set_exception(ValueError('x'))
    try:
        await s
    except ValueError as e:
        print('shield passes exception', e)
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print(asyncio.shield(done) is done)

asyncio.run(main())
