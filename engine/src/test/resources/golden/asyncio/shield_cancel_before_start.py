import asyncio

async def work(n):
    try:
        await asyncio.sleep(0.1)
        print('work done', n)
        return n
    except asyncio.CancelledError:
        print('work cancelled', n)
        raise

async def main():
    t = asyncio.create_task(work(1))
    s = asyncio.shield(t)
    print(s is t, type(s).__name__)
    s.cancel()
    await asyncio.sleep(0)
    print('t', t.cancelled(), 's', s.cancelled())
    print(await t)
    done = asyncio.get_running_loop().create_future()
    done.set_result('x')
    print(asyncio.shield(done) is done)
    inner = asyncio.create_task(work(2))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled because inner', outer.cancelled())
    inner3 = asyncio.create_task(work(3))
    try:
        await asyncio.wait_for(asyncio.shield(inner3), 0.05)
    except TimeoutError:
        print('timed out, inner3 running', not inner3.done())
    print(await inner3)
    async def failing():
        await asyncio.sleep(0)
        raise ValueError('v')
    try:
        await asyncio.shield(failing())
    except ValueError as e:
        print('shield propagates', e)

asyncio.run(main())
