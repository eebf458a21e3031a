# Cleanup that awaits after cancellation; cancelling again during cleanup; uncancel().
import asyncio

log = []

async def careful(name, cleanup_steps):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name}: cleanup start (cancelling={asyncio.current_task().cancelling()})")
        for i in range(cleanup_steps):
            try:
                await asyncio.sleep(0)
                log.append(f"{name}: cleanup step {i}")
            except asyncio.CancelledError:
                log.append(f"{name}: cancelled during cleanup step {i}")
                raise
        raise

async def main():
    a = asyncio.create_task(careful("a", 2))
    b = asyncio.create_task(careful("b", 3))
    await asyncio.sleep(0)
    a.cancel()
    b.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("a done?", a.done(), "b done?", b.done())
    b.cancel("again")
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([repr(r) for r in res])
    print("\n".join(log))
    c = asyncio.create_task(careful("c", 0))
    await asyncio.sleep(0)
    c.cancel()
    c.cancel()
    print("cancelling", c.cancelling(), "uncancel ->", c.uncancel(), c.uncancel(), c.uncancel())
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled", c.cancelling())
    async def selfcancel():
        asyncio.current_task().cancel()
        log.append("self-cancel requested; still running")
        await asyncio.sleep(0)
        log.append("not reached")
    d = asyncio.create_task(selfcancel())
    try:
        await d
    except asyncio.CancelledError:
        print("self-cancelled", log[-1])

asyncio.run(main())
