import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def main():
    g = agen()
    print(type(g).__name__, g.__name__, g.ag_running, g.ag_frame is not None)
    print(await g.asend(None))
    try:
        await g.asend(5) if False else None
        await g.athrow(ValueError("into agen"))
    except ValueError as e:
        print("ValueError propagated:", e)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await g.aclose(), g.ag_frame)
    g2 = agen()
    try:
        await g2.asend("x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print("TypeError:", e)
    print(await anext(agen(), "dflt"), await anext(g, "exhausted"))
    aw = g.asend(None)
    print(type(aw).__name__)
    aw.close()
    res = [v async for v in agen() if v > 1]
    print(res)

asyncio.run(main())
