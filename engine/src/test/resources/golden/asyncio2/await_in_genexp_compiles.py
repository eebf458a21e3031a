# An await inside a generator expression makes an async generator expression, allowed in a plain def;
# an asynchronous comprehension nested in another comprehension makes the outer one asynchronous.
import asyncio


def lazy(items):
    return (await x for x in items)


def nested(items):
    return ([await x for x in row] for row in items)


async def value(v):
    return v


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    g = lazy([value(1), value(2)])
    print(type(g).__name__, [v async for v in g])
    print([v async for v in nested([[value(3)], [value(4), value(5)]])])
    print([x for x in range(4) if x in [y async for y in agen(3)]])
    print({k: {v async for v in agen(k)} for k in range(3)})
    print([[x async for x in agen(n)] for n in range(3)])


asyncio.run(main())
