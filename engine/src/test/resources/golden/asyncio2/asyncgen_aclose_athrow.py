# Async generators: aclose and athrow in their states, awaiting inside finally, ignored GeneratorExit.
import asyncio


async def counter(log):
    try:
        for i in range(3):
            try:
                yield i
            except ValueError as e:
                log.append(f"caught {e}")
                yield f"recovered {i}"
    finally:
        await asyncio.sleep(0)
        log.append("finally")


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main():
    log = []
    g = counter(log)
    print(await g.__anext__())
    print(await g.athrow(ValueError("v")))
    print(await g.__anext__())
    print(await g.aclose(), log)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    print(await g.aclose())

    fresh = counter(log)
    try:
        await fresh.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow on fresh raises", repr(e))
    print(await fresh.aclose())

    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    g2 = counter([])
    await g2.__anext__()
    try:
        await g2.athrow(TypeError("t"))
    except TypeError as e:
        print("uncaught athrow:", repr(e), g2.ag_frame is None)

    g3 = counter([])
    a = g3.__anext__()
    b = g3.__anext__()
    print(await a)
    print(await b)
    await g3.aclose()


asyncio.run(main())
