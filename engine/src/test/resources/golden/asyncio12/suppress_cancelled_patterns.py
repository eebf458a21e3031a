# contextlib.suppress(CancelledError) and friends: the common "stop the background task" idioms.
import asyncio
import contextlib

async def background(log):
    try:
        while True:
            await asyncio.sleep(0.01)
            log.append("tick")
    finally:
        log.append("background finally")

async def main():
    log = []
    t = asyncio.create_task(background(log))
    await asyncio.sleep(0.025)
    t.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await t
    print("idiom 1:", log, t.cancelled())

    log.clear()
    t = asyncio.create_task(background(log))
    await asyncio.sleep(0.015)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        if asyncio.current_task().cancelling():
            raise
        print("idiom 2: only the child was cancelled", log)

    # suppressing the cancel of *ourselves* by mistake
    log.clear()
    async def outer():
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(1)
        log.append("outer kept going after its own cancel")
        return "outer result"
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    print("idiom 3:", await o, o.cancelled(), log)

    # TaskGroup + suppress inside a child
    async def child(n):
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(n)
        return n
    async def failing():
        await asyncio.sleep(0.001)
        raise ValueError("boom")
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(child(1))
            tg.create_task(failing())
    except* ValueError as eg:
        print("idiom 4:", [str(e) for e in eg.exceptions], "child result", c.result())

asyncio.run(main())
