# Learner mistakes: asyncio.run inside a running loop, forgetting await, awaiting non-awaitables
import asyncio

async def inner():
    return 42

async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("run:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(inner())
    except RuntimeError as e:
        print("ruc:", e)
    x = inner()
    print("forgot await:", type(x).__name__, x.__qualname__)
    x.close()
    for thing in [42, "s", None, [1], inner, asyncio.sleep]:
        try:
            await thing
        except TypeError as e:
            print("await", type(thing).__name__, "->", e)
    class Bad:
        def __await__(self):
            return 5
    try:
        await Bad()
    except TypeError as e:
        print("Bad:", e)
    class Bad2:
        def __await__(self):
            yield 1
    try:
        await Bad2()
    except RuntimeError as e:
        print("Bad2:", e)
    class NotAsyncCM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    try:
        async with NotAsyncCM():
            pass
    except TypeError as e:
        print("async with:", e)
    try:
        async for i in [1, 2]:
            pass
    except TypeError as e:
        print("async for:", e)
    try:
        with asyncio.Lock():
            pass
    except (TypeError, AttributeError) as e:
        print("with lock:", type(e).__name__, e)
    try:
        await asyncio.gather(inner, inner())
    except TypeError as e:
        print("gather:", e)
    try:
        asyncio.create_task(inner)
    except TypeError as e:
        print("create_task:", str(e).split(" at ")[0])

asyncio.run(main())
try:
    asyncio.run(inner)
except ValueError as e:
    print("run fn:", str(e).split(" at ")[0])
try:
    asyncio.run(42)
except ValueError as e:
    print("run int:", e)
