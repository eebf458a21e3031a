import asyncio, functools

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

def blocking(x, *, scale=1):
    return x * scale

async def main():
    loop = asyncio.get_running_loop()
    got = []
    loop.call_soon_threadsafe(got.append, "threadsafe")
    loop.call_soon(got.append, "soon")
    await asyncio.sleep(0)
    print(got)
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor:", r)
    r = await loop.run_in_executor(None, functools.partial(blocking, 7, scale=3))
    print("partial:", r)
    f = loop.run_in_executor(None, blocking, 5)
    print(type(f).__name__, f.done())
    print(await f)
    try:
        await loop.run_in_executor(None, blocking, 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.to_thread(blocking, 4, scale=2))

asyncio.run(main())
