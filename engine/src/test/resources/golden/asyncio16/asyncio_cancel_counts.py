import asyncio

async def stubborn(events):
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            t = asyncio.current_task()
            events.append(f"caught {e.args} cancelling={t.cancelling()}")
            t.uncancel()
            events.append(f"after uncancel cancelling={t.cancelling()}")
    return "survived"

async def main():
    events = []
    t = asyncio.create_task(stubborn(events))
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    await asyncio.sleep(0)
    print(events)
    print(t.cancel(), t.cancelling())
    await asyncio.sleep(0)
    print(t.cancel(msg="third"), t.cancelling())
    print(await t, t.cancelling(), t.uncancel(), t.cancelling())
    print("cancel done task:", t.cancel())
    async def nap():
        await asyncio.sleep(1)
    t2 = asyncio.create_task(nap())
    t2.cancel("why")
    t2.cancel("why2")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args, t2.cancelled(), t2.cancelling())
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)
    try:
        t2.exception()
    except asyncio.CancelledError as e:
        print("exception():", e.args)
    t3 = asyncio.create_task(nap())
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.sleep(0)
    print(t3.done(), t3.cancelled(), repr(t3).split(" coro=")[0])
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t4.cancel()
    print(await t4, t4.cancelled(), t4.cancelling())
    me = asyncio.current_task()
    print("main cancelling", me.cancelling(), me.uncancel(), me.cancelling())

asyncio.run(main())
