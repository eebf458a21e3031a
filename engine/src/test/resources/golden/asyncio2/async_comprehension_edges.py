# Async comprehensions: exceptions, nesting, await in conditions, async generator expressions.
import asyncio


async def agen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"fail at {i}")
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in agen(4)])
    print([await double(x) async for x in agen(4) if await double(x) > 2])
    print({x: [y async for y in agen(x)] async for x in agen(3)})
    print([(x, y) async for x in agen(3) for y in range(x)])
    print([x for x in range(3) if x in [y async for y in agen(2)]])
    try:
        print([x async for x in agen(5, fail_at=3)])
    except ValueError as e:
        print("ValueError", e)
    ge = (await double(x) for x in range(3))
    print(type(ge).__name__, [v async for v in ge])
    ge2 = (x async for x in agen(2))
    print(type(ge2).__name__, ge2.__name__, ge2.__qualname__)
    print([v async for v in ge2])
    print(sum([v async for v in (x * x async for x in agen(5))]))
    lst = [double(x) for x in range(3)]
    print(await asyncio.gather(*lst))
    print({await double(x) async for x in agen(3)} == {0, 2, 4})
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("TypeError", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError", e)
    try:
        [x async for x in [*range(2)]]
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
