import asyncio

async def ticker():
    try:
        for i in range(3):
            try:
                await asyncio.sleep(0.01)
                yield i
            except ValueError as e:
                print("ticker caught", e)
                yield -1
    finally:
        print("ticker finally")

async def main():
    g = ticker()
    print(await g.asend(None))
    print(await g.athrow(ValueError("bump")))
    print(await anext(g))
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await g.athrow(KeyError("k"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("task result:", await t)
    try:
        print(await anext(g))
    except StopAsyncIteration:
        print("exhausted")
    print(await g.aclose())

asyncio.run(main())
