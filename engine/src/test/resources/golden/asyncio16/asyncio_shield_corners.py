import asyncio

async def work(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    s = asyncio.shield(f)
    print("shield of done future is the same:", s is f)
    inner = asyncio.ensure_future(work("inner", 0.05))
    outer = asyncio.shield(inner)
    print("outer is task?", isinstance(outer, asyncio.Task), type(outer).__name__)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner.cancelled(), "done?", inner.done())
    print("inner result:", await inner)
    inner = asyncio.ensure_future(work("inner2", 0.05))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("cancelling inner cancels outer:", outer.cancelled())
    async def failing():
        await asyncio.sleep(0.01)
        raise ValueError("inner failure")
    outer = asyncio.shield(failing())
    try:
        await outer
    except ValueError as e:
        print("exception passes through:", e)
    async def waiter():
        return await asyncio.shield(work("guarded", 0.05))
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled; guarded keeps going")
    await asyncio.sleep(0.1)
    inner = asyncio.ensure_future(work("dropped", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0.05)
    print("inner after outer cancelled without await:", inner.result(), outer.cancelled())
    try:
        asyncio.shield(42)
    except TypeError as e:
        print("TypeError:", e)
    r = await asyncio.wait_for(asyncio.shield(work("wf", 0.01)), 1)
    print("wait_for(shield):", r)
    try:
        await asyncio.wait_for(asyncio.shield(work("wf2", 0.2)), 0.01)
    except TimeoutError:
        print("wait_for timed out; shielded continues")
    await asyncio.sleep(0.3)

asyncio.run(main())
