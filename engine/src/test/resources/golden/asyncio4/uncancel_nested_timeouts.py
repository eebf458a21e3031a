import asyncio

async def main():
    me = asyncio.current_task()
    print("start", me.cancelling())
    try:
        async with asyncio.timeout(0.01):
            try:
                async with asyncio.timeout(0.05):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out (wrong)")
            print("after inner", me.cancelling())
    except TimeoutError:
        print("outer timed out", me.cancelling())
    print("after outer", me.cancelling())
    me.cancel()
    print("self-cancel requested", me.cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout (wrong)")
    except asyncio.CancelledError:
        print("cancel wins over timeout", me.cancelling())
    print("uncancel ->", me.uncancel(), me.uncancel())
    async def victim():
        t = asyncio.current_task()
        for i in range(3):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("victim cancelled", i, "cancelling:", t.cancelling())
                t.uncancel()
        return "survived"
    v = asyncio.create_task(victim())
    for _ in range(3):
        await asyncio.sleep(0)
        v.cancel()
    print(await v, v.cancelling(), v.cancelled())
    async def waits_for():
        try:
            return await asyncio.wait_for(asyncio.sleep(1, "r"), 0.01)
        except TimeoutError as e:
            return f"wait_for timeout cancelling={asyncio.current_task().cancelling()} {e!r}"
    print(await asyncio.create_task(waits_for()))

asyncio.run(main())
