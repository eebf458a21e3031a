# async comprehensions with conditions and nested loops, mixing sync and async
import asyncio

async def agen(n, tag):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{tag}{i}"

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    a = [x + y async for x in agen(3, "a") if x != "a1" for y in ["!", "?"] if y != "?" or x == "a2"]
    print(a)
    b = [(i, j) for i in range(3) async for j in agen(i, "b")]
    print(b)
    c = {k: await double(len(k)) async for k in agen(2, "key") if await double(1) == 2}
    print(c)
    d = {await double(i) for i in range(5) if i % 2}
    print(sorted(d))
    e = [[y async for y in agen(i, "n")] for i in range(3)]
    print(e)
    g = (x async for x in agen(3, "g"))
    print(type(g).__name__, [v async for v in g])
    h = [await double(x) for x in [await double(1), await double(2)]]
    print(h)
    f = [x async for x in agen(4, "f") if (n := int(x[1:])) > 1]
    print(f, n)

asyncio.run(main())
