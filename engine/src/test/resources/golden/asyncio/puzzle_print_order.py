import asyncio

async def a():
    print('a1')
    await asyncio.sleep(0)
    print('a2')
    await b()
    print('a3')

async def b():
    print('b1')
    await asyncio.sleep(0)
    print('b2')

async def c():
    print('c1')
    t = asyncio.create_task(b())
    print('c2')
    await asyncio.sleep(0)
    print('c3', t.done())
    await t
    print('c4')

async def main():
    t1 = asyncio.create_task(a())
    t2 = asyncio.create_task(c())
    print('main')
    await t1
    print('main after t1', t2.done())
    await t2

asyncio.run(main())
