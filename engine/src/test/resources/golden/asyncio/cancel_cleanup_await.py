# A cancelled task can await during its cleanup; a second cancel() while it
# cleans up interrupts the cleanup; cancelling() counts requests.
import asyncio

async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"cleanup starts, cancelling={asyncio.current_task().cancelling()}")
        try:
            await asyncio.sleep(0.1)
            log.append("cleanup finished")
        except asyncio.CancelledError:
            log.append("cleanup interrupted")
            raise
        raise

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.05)
    log.append(f"still running: {not t.done()}, cancelling={t.cancelling()}")
    await asyncio.sleep(0.1)
    print("\n".join(log), t.cancelled())

    log.clear()
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.05)
    t.cancel("again")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"awaited: {e.args}")
    print("\n".join(log), t.cancelling())

    async def returns_after_cancel():
        try:
            await asyncio.sleep(1)
        finally:
            return "finally wins"
    t = asyncio.create_task(returns_after_cancel())
    await asyncio.sleep(0)
    t.cancel()
    print("return in finally:", await t, t.cancelled())

    async def cancel_self_then_return():
        asyncio.current_task().cancel()
        return "returned"
    t = asyncio.create_task(cancel_self_then_return())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled right before returning:", t.cancelled())

asyncio.run(main())
