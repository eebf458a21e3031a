async def f(xs, ys):
    a = [x async for x in xs]
    b = {x: y async for x, y in ys if await x}
    c = (await x for x in xs)
    d = {await x async for x in xs for y in ys}
    e = [(x, y) for x in range(3) for y in range(x) if x if not y]
    async with a as b, c:
        async for i in d:
            await i
    return await asyncio.gather(*[g(i) for i in range(10)], return_exceptions=True)

g = lambda: (yield)
h = [lambda x=x: x for x in range(3)]
