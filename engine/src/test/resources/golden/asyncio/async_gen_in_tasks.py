import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield f'{name}{i}'
    finally:
        print(f'{name} gen closed')

async def consume(name, n, stop):
    out = []
    async for v in ticker(name, n):
        out.append(v)
        if len(out) == stop:
            break
    return out

async def main():
    print(await asyncio.gather(consume('a', 3, 5), consume('b', 5, 2)))
    agen = ticker('c', 4)
    print(await anext(agen))
    await agen.aclose()
    print(await anext(agen, 'exhausted'))
    agen2 = ticker('d', 4)
    print(await agen2.asend(None))
    print('main end')

asyncio.run(main())
print('after run')
