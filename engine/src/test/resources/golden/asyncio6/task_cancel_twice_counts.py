import asyncio

async def sleepy(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(("first", e.args))
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e2:
            log.append(("second", e2.args))
            return "swallowed"

async def main():
    log = []
    t = asyncio.create_task(sleepy(log))
    print("cancel before start:", t.cancel("m1"), t.cancel("m2"), "cancelling", t.cancelling())
    await asyncio.sleep(0)
    print("state", t.done(), t.cancelled(), log)
    log = []
    t = asyncio.create_task(sleepy(log))
    await asyncio.sleep(0)
    print(t.cancel("a"), t.cancelling())
    await asyncio.sleep(0)
    print(t.cancel("b"), t.cancelling())
    await asyncio.sleep(0)
    print("done", t.done(), "result", t.result(), "log", log, "cancelling", t.cancelling())
    print("cancel done task:", t.cancel())

asyncio.run(main())
