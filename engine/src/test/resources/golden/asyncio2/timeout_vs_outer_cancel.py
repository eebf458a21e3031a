# asyncio.timeout when the task is cancelled from outside: CancelledError, not TimeoutError.
import asyncio


async def guarded(log):
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(5)
    except TimeoutError:
        log.append("timeout")
    except asyncio.CancelledError:
        log.append(f"cancelled, expired={cm.expired()}")
        raise


async def both_at_once(log):
    try:
        async with asyncio.timeout(0):
            asyncio.current_task().cancel("outer")
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("TimeoutError won")
    except asyncio.CancelledError as e:
        log.append(f"CancelledError won {e.args}")
        raise


async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("task cancelled")
    t2 = asyncio.create_task(both_at_once(log))
    try:
        await t2
    except asyncio.CancelledError:
        log.append(f"t2 cancelled, cancelling={t2.cancelling()}")
    print(log)

    async def inner_wait_for():
        return await asyncio.wait_for(asyncio.sleep(5), 10)

    t3 = asyncio.create_task(inner_wait_for())
    await asyncio.sleep(0)
    t3.cancel("stop")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("wait_for cancelled from outside:", e.args)


asyncio.run(main())
