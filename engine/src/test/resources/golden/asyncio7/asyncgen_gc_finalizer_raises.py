import asyncio, gc

async def stream():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        raise ValueError("finalizer blew up")

async def main():
    g = stream()
    print("got", await anext(g))
    del g
    gc.collect()
    print("dropped")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
