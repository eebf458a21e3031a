import asyncio

log = []

async def stage(n):
    try:
        log.append(f"s{n}-start")
        await asyncio.sleep(0)
        log.append(f"s{n}-mid")
        await asyncio.sleep(0)
        log.append(f"s{n}-end")
    except asyncio.CancelledError as e:
        log.append(f"s{n}-cancelled{e.args}")
        raise
    finally:
        log.append(f"s{n}-finally")

async def pipeline():
    await stage(1)
    await stage(2)

async def main():
    for delay_turns in range(5):
        log.clear()
        t = asyncio.create_task(pipeline())
        for _ in range(delay_turns):
            await asyncio.sleep(0)
        t.cancel(f"at{delay_turns}")
        try:
            await t
            log.append("completed")
        except asyncio.CancelledError as e:
            log.append(f"caller-sees{e.args}")
        print(delay_turns, log)
    log.clear()
    inner = asyncio.create_task(stage(9))
    outer = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print("wait_for cancel:", log, inner.cancelled(), outer.cancelled())

asyncio.run(main())
