# async with on a sync manager, with on an async one, async for over a list, and friends.
import asyncio
import contextlib
import threading

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

class AsyncCM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        return False

class HalfAsync:
    async def __aenter__(self):
        return self

class AiterNotAsync:
    def __aiter__(self):
        return iter([1, 2])

class AnextReturnsInt:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

class AiterIsCoroutine:
    async def __aiter__(self):
        return self

async def attempt(label, fn):
    try:
        await fn()
        print(f"{label}: ok")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

async def main():
    async def a1():
        async with SyncCM():
            pass
    async def a2():
        with AsyncCM():
            pass
    async def a3():
        async for x in [1, 2]:
            pass
    async def a4():
        for x in AsyncCM():
            pass
    async def a5():
        async with HalfAsync():
            pass
    async def a6():
        async for x in AiterNotAsync():
            pass
    async def a7():
        async for x in AnextReturnsInt():
            pass
    async def a8():
        async for x in AiterIsCoroutine():
            pass
    async def a9():
        async with asyncio.Lock() as l, threading.Lock():
            pass
    async def a10():
        with asyncio.Lock():
            pass
    async def a11():
        async with contextlib.nullcontext(5) as v:
            print("nullcontext gives", v)
    async def a12():
        async with asyncio.Semaphore(0) as s:
            pass
    async def a13():
        async for x in range(3):
            pass
    async def a14():
        with asyncio.timeout(1):
            pass
    for i, f in enumerate([a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a13, a14], 1):
        await attempt(f"a{i}", f)

asyncio.run(main())
