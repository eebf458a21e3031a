# Puzzle: shield, cancel counts and who sees CancelledError when the outer task is cancelled twice
import asyncio

async def precious(log):
    log.append("precious start")
    await asyncio.sleep(0.02)
    log.append("precious end")
    return "kept"

async def guard(log):
    inner = asyncio.create_task(precious(log))
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        log.append(f"guard cancelled (cancelling={me.cancelling()})")
        try:
            r = await asyncio.shield(inner)
            log.append(f"guard still got {r}")
        except asyncio.CancelledError:
            log.append(f"guard cancelled again (cancelling={me.cancelling()})")
            raise
        return r

async def main():
    log = []
    t = asyncio.create_task(guard(log))
    await asyncio.sleep(0.005)
    t.cancel()
    await asyncio.sleep(0.005)
    print("first round:", t.done())
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print("guard raised CancelledError; cancelled():", t.cancelled())
    await asyncio.sleep(0.03)
    for line in log:
        print(line)
    log.clear()
    t = asyncio.create_task(guard(log))
    await asyncio.sleep(0.005)
    t.cancel()
    print("second:", await t, t.cancelled(), t.cancelling())
    print(log)

asyncio.run(main())
