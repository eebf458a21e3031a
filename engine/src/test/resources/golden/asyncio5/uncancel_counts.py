# cancelling()/uncancel() counts through repeated cancels, timeouts and swallowing
import asyncio

async def stubborn():
    n = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            n += 1
            t = asyncio.current_task()
            print("  swallowed", n, "cancelling", t.cancelling())
            if n == 3:
                print("  uncancel ->", t.uncancel(), t.uncancel(), t.uncancel(), t.uncancel())
                return n

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    for i in range(3):
        print("cancel", t.cancel(), t.cancel(), "cancelling", t.cancelling())
        await asyncio.sleep(0)
    print("result", await t, t.cancelled(), t.cancelling())
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            print("inside", me.cancelling())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout; cancelling now", me.cancelling())
    me.cancel()
    print("self cancel pending", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("got it", me.cancelling(), me.uncancel(), me.cancelling())
    try:
        async with asyncio.timeout(0):
            me.cancel("outer")
            await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("outer cancel wins", e.args, me.cancelling())
        me.uncancel()
    print("end", me.cancelling())

asyncio.run(main())
