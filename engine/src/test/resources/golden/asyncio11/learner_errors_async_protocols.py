import asyncio

class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

class HalfAsync:
    async def __aenter__(self): return 1

async def main():
    try:
        async with SyncCM():
            pass
    except TypeError as e:
        print("1", e)
    try:
        async with HalfAsync():
            pass
    except (TypeError, AttributeError) as e:
        print("2", type(e).__name__, e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("3", e)
    try:
        for x in asyncio.sleep(0):
            pass
    except TypeError as e:
        print("4", e)
    try:
        with asyncio.Lock():
            pass
    except Exception as e:
        print("5", type(e).__name__, e)
    try:
        await asyncio.gather(1, 2)
    except TypeError as e:
        print("6", e)
    try:
        asyncio.create_task(lambda: 1)
    except TypeError as e:
        print("7", str(e).split(" at ")[0])
    try:
        await asyncio.sleep
    except TypeError as e:
        print("8", e)
    try:
        await asyncio.wait_for(5, 1)
    except TypeError as e:
        print("9", e)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("10", e)
    try:
        await asyncio.shield(5)
    except TypeError as e:
        print("11", e)
    class It:
        def __aiter__(self): return self
        def __anext__(self): return 1
    try:
        async for x in It():
            pass
    except TypeError as e:
        print("12", e)
    class It2:
        def __aiter__(self): return 5
    try:
        async for x in It2():
            pass
    except TypeError as e:
        print("13", e)
    class CM3:
        async def __aenter__(self): return 1
        def __aexit__(self, *a): return None
    try:
        async with CM3():
            pass
    except TypeError as e:
        print("14", e)
    try:
        await asyncio.to_thread(5)
    except TypeError as e:
        print("15", e)
    try:
        asyncio.get_running_loop().run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("16", e)
    try:
        asyncio.sleep(-1).send(5)
    except Exception as e:
        print("17", type(e).__name__, e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("18", e)

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("19", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("20", e)
try:
    asyncio.run(main)
except ValueError as e:
    print("21", str(e).split(" at ")[0])
