import asyncio

async def ticker(n):
    try:
        for i in range(n):
            try:
                yield i
            except GeneratorExit:
                print("  GeneratorExit at", i)
                raise
            await asyncio.sleep(0)
    finally:
        print("  ticker finally")
        await asyncio.sleep(0)
        print("  ticker finally after await")

async def main():
    g = ticker(5)
    async for v in g:
        print("got", v)
        if v == 2:
            await g.aclose()
            print("closed; running?", g.ag_running, "frame", g.ag_frame)
    print("loop ended")

    g = ticker(5)
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("boom"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")

    async def catcher():
        while True:
            try:
                yield "ready"
            except ValueError as e:
                print("  catcher caught", e)
                yield "recovered"
    c = catcher()
    print(await c.asend(None))
    print(await c.athrow(ValueError("x")))
    print(await c.asend(None))
    print(await c.athrow(ValueError, ValueError("y")))
    await c.aclose()
    print(await c.aclose())

    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    d = ignores_exit()
    await d.__anext__()
    try:
        await d.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def cancel_in_gen():
        try:
            yield 1
            await asyncio.sleep(10)
            yield 2
        finally:
            print("  cancel_in_gen finally")

    async def consume():
        async for x in cancel_in_gen():
            print("consume", x)
    t = asyncio.create_task(consume())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consume cancelled")

asyncio.run(main())
