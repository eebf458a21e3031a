import asyncio

async def ticker(n, d):
    try:
        for i in range(n):
            await asyncio.sleep(d)
            yield i
    finally:
        print('ticker finally', n)

async def main():
    async for v in ticker(3, 0.01):
        print('got', v)
    print([v async for v in ticker(2, 0)])
    print({v: v * v async for v in ticker(3, 0) if v})
    agen = ticker(5, 0)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    try:
        await anext(agen)
    except StopAsyncIteration:
        print('exhausted')
    print(await anext(agen, 'default'))
    async def both():
        return [x async for x in ticker(2, 0.01)]
    r = await asyncio.gather(both(), both())
    print(r)
    g = ticker(10, 0)
    async for v in g:
        if v == 1:
            break
    print('broke')
    await g.aclose()
    g2 = ticker(10, 0)
    await anext(g2)
    print('left open')

asyncio.run(main())
print('after')
