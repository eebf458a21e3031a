import asyncio

async def ticker(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError as e:
                print("  ticker caught", e)
                yield -i
        print("  ticker exhausted")
    finally:
        print("  ticker finally")

async def main():
    g = ticker(5)
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    print(await g.asend(None))
    print(await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(g, "default"))
    g2 = ticker(3)
    try:
        await g2.athrow(KeyError("early"))
    except KeyError as e:
        print("unstarted athrow ->", repr(e))
    print(g2.ag_frame, g2.ag_running)
    g3 = ticker(2)
    async for v in g3:
        print("v", v)
        if v == 0:
            r = await g3.athrow(ValueError("mid"))
            print("athrow gave", r)
    print("g3 done", g3.ag_frame is None)
    # aclose while running
    async def selfclose():
        try:
            yield 1
            await gen.aclose()
        except RuntimeError as e:
            print("RuntimeError", e)
            yield 2
    gen = selfclose()
    print(await anext(gen))
    print(await anext(gen))
    # asend non-None to unstarted
    g4 = ticker(1)
    try:
        await g4.asend(5)
    except TypeError as e:
        print("TypeError", e)
    # yield in finally on aclose
    async def stubborn():
        try:
            yield 1
        finally:
            yield 2
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    # two anext concurrently
    async def slow():
        await asyncio.sleep(0.01)
        yield 1
    sg = slow()
    t1 = asyncio.ensure_future(anext(sg))
    t2 = asyncio.ensure_future(anext(sg))
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print([repr(x) for x in r])

asyncio.run(main())
