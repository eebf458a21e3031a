# Errors from async generators driven concurrently or after finishing.
import asyncio


async def slow_gen():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i


async def main():
    g = slow_gen()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await first)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    g2 = slow_gen()
    task = asyncio.ensure_future(g2.__anext__())
    await asyncio.sleep(0)
    try:
        await g2.aclose()
    except RuntimeError as e:
        print("aclose while running:", e)
    print(await task)
    print([x async for x in g2])
    try:
        await anext(g2)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(g2, "default"))
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter([1])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
