import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield 10 // (2 - i)

async def square(x):
    await asyncio.sleep(0)
    if x > 5:
        raise ValueError(f"too big: {x}")
    return x * x

async def main():
    vals = [v async for v in agen(2)]
    print(vals)
    sq = [await square(v) for v in [1, 2]]
    print(sq)
    d = {v: await square(v) async for v in agen(2) if v < 6}
    print(d)
    try:
        total = sum([await square(v) for v in range(10)])
    except ValueError as e:
        print("caught", e)
    ge = (await square(v) for v in range(3))
    print(type(ge).__name__, [x async for x in ge])
    print([x async for x in agen(3)])

asyncio.run(main())
