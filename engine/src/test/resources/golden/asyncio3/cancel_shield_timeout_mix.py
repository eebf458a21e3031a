import asyncio

async def critical(log):
    log.append("critical start")
    await asyncio.sleep(0.05)
    log.append("critical end")
    return "saved"

async def main():
    log = []
    inner = asyncio.create_task(critical(log))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.shield(inner)
    except TimeoutError:
        log.append("timed out, inner done=%s" % inner.done())
    log.append(await inner)
    print(log)
    try:
        await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.05, "late")), 0.01)
    except TimeoutError as e:
        print("wait_for timeout:", repr(e), e.__cause__ is not None, type(e.__context__).__name__)
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled; cancelling =", t.cancelling(), "done =", t.done())
    print(t.cancel())

asyncio.run(main())
