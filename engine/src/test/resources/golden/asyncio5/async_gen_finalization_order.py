# async generators: aclose on break, finally with await, athrow mid-iteration, asend values
import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            got = yield f"{name}:{i}"
            if got is not None:
                print(f"  {name} received {got!r}")
    except ValueError as e:
        print(f"  {name} athrow -> {e}")
        yield "recovered"
    finally:
        await asyncio.sleep(0)
        print(f"  {name} finally")

async def main():
    async for v in ticker("a", 5):
        print(v)
        if v.endswith("1"):
            break
    print("after break")
    g = ticker("b", 3)
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("boom")))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("b exhausted")
    g2 = ticker("c", 3)
    print(await anext(g2))
    await g2.aclose()
    print("closed c", await anext(g2, "default"))
    g3 = ticker("d", 1)
    res = [x async for x in g3]
    print(res)

asyncio.run(main())
