# Async generators left suspended: asyncio.run's shutdown_asyncgens closes them, in which order.
import asyncio


async def numbers(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        print("stubborn awaited in finally")


async def bad_close():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


async def main():
    gens = [numbers("first", 5), numbers("second", 5), stubborn(), bad_close()]
    for g in gens:
        print("first item", await g.__anext__())
    g2 = numbers("closed-early", 3)
    print(await g2.__anext__())
    await g2.aclose()
    print("main returns")


asyncio.run(main())
print("after run")


async def main2():
    g = numbers("via-athrow", 3)
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    print("ag_running", g.ag_running, "ag_frame is None", g.ag_frame is None)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")

    g3 = numbers("asend", 3)
    print(await g3.asend(None))
    try:
        await g3.asend(5)
        print("asend value ignored")
    finally:
        await g3.aclose()

    async def catcher():
        try:
            yield "a"
        except ValueError:
            yield "caught and yielded"
        yield "after"

    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError))
    try:
        await c.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await c.__anext__() if False else "done")


asyncio.run(main2())
