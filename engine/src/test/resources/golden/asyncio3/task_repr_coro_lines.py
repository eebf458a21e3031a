import asyncio

_print = print
def print(*a):
    _print(*(str(x).replace(__file__, 'FILE') for x in a))

async def sleeper(d):
    await asyncio.sleep(d)
    return d

async def waiter(t):
    return await t

async def main():
    t1 = asyncio.create_task(sleeper(0.01), name="sleepy")
    t2 = asyncio.create_task(waiter(t1), name="chained")
    print(t1)
    await asyncio.sleep(0)
    print(t1)
    print(t2)
    await t2
    print(t1)
    print(t2)
    t3 = asyncio.create_task(sleeper(1))
    await asyncio.sleep(0)
    t3.cancel("stop")
    print(t3)
    try:
        await t3
    except asyncio.CancelledError:
        pass
    print(t3)
    print(asyncio.current_task())
    t4 = asyncio.ensure_future(asyncio.sleep(0, "r"))
    print(t4)
    await t4
    print(t4)

asyncio.run(main())
