import asyncio

async def source():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("source got GeneratorExit")
        raise
    finally:
        await asyncio.sleep(0)
        print("source cleaned up")

async def consumer():
    agen = source()
    try:
        async for x in agen:
            print("x", x)
            break
    finally:
        await agen.aclose()
        print("aclosed", agen.ag_running, agen.ag_frame)

async def bad():
    try:
        yield 1
    finally:
        yield 2

async def main():
    await consumer()
    g = bad()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g2 = source()
    await g2.aclose()
    print("closed unstarted")
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
