import asyncio

async def slow_stream(log):
    try:
        yield "first"
        log.append("before long await")
        await asyncio.sleep(10)
        yield "never"
    except GeneratorExit:
        log.append("GeneratorExit")
        raise
    except asyncio.CancelledError:
        log.append("CancelledError in gen")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    g = slow_stream(log)
    print(await g.__anext__())
    t = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    print("ag_running", g.ag_running, "ag_await", type(g.ag_await).__name__)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose while running:", e)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled")
    print(log, "ag_running", g.ag_running)
    await g.aclose()
    print("closed again ok; frame", g.ag_frame)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
