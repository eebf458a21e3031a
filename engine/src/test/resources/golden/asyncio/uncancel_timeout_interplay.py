# timeout() only converts its own cancellation: an outside cancel() during the
# block stays a CancelledError; uncancel() bookkeeping after both.
import asyncio

async def guarded(log):
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("TimeoutError")
    except asyncio.CancelledError:
        log.append(f"CancelledError, cancelling={asyncio.current_task().cancelling()}")
        raise

async def main():
    log = []
    t = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("outside cancel won")
    t2 = asyncio.create_task(guarded(log))
    await asyncio.sleep(0.15)
    log.append(f"timeout alone: done={t2.done()} cancelling={t2.cancelling()}")
    print("\n".join(log))

    async def both():
        me = asyncio.current_task()
        try:
            async with asyncio.timeout(0.01):
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    me.cancel()
                    raise
        except asyncio.CancelledError:
            return f"cancelled again; cancelling={me.cancelling()}"
        except TimeoutError:
            return "TimeoutError"
    t3 = asyncio.create_task(both())
    try:
        print(await t3)
    except asyncio.CancelledError:
        print("cancel() during the step cancels the task as it returns:", t3.cancelled())

    async def uncancel_more():
        me = asyncio.current_task()
        print("uncancel at 0:", me.uncancel(), me.uncancel())
        me.cancel()
        me.cancel()
        print("after two cancels:", me.cancelling(), me.uncancel(), me.cancelling())
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("still delivered once")
        await asyncio.sleep(0)
        return "finished normally"
    print(await asyncio.create_task(uncancel_more()))

asyncio.run(main())
