import asyncio

async def stream(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield f"{name}-{i}"
    except GeneratorExit:
        print(f"{name}: GeneratorExit")
        raise
    except asyncio.CancelledError:
        print(f"{name}: CancelledError")
        raise
    finally:
        print(f"{name}: finally")

async def consume(name, n, stop_at=None):
    async for item in stream(name, n):
        print("got", item)
        if item == stop_at:
            break
    print(name, "consumer done")

async def main():
    t1 = asyncio.create_task(consume("A", 5))
    t2 = asyncio.create_task(consume("B", 5, stop_at="B-1"))
    g = stream("C", 5)
    print(await anext(g))
    await asyncio.sleep(0.025)
    t1.cancel()
    await asyncio.gather(t1, t2, return_exceptions=True)
    print("main exits with C suspended")

asyncio.run(main())
print("after run")
