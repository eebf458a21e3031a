import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    t1 = asyncio.create_task(child('a', 0.1))
    t2 = asyncio.create_task(child('b', 0.2))
    g = asyncio.gather(t1, t2)
    t2.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print('gather raised CancelledError', t1.done(), t1.result())
    t3 = asyncio.create_task(child('c', 0.1))
    t4 = asyncio.create_task(child('d', 0.2))
    g2 = asyncio.gather(t3, t4, return_exceptions=True)
    t4.cancel('why')
    r = await g2
    print([type(x).__name__ for x in r], r[1].args)

asyncio.run(main())
