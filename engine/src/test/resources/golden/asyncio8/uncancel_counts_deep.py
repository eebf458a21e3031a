import asyncio

async def main():
    me = asyncio.current_task()
    print("start", me.cancelling())
    for i in range(3):
        me.cancel()
    print("after 3 cancels", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("got one CancelledError")
    print("cancelling still", me.cancelling())
    print(me.uncancel(), me.uncancel(), me.uncancel(), me.uncancel())
    await asyncio.sleep(0)
    print("runs on")

    # timeout inside a cancelled task
    async def inner():
        t = asyncio.current_task()
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print("timeout, cancelling", t.cancelling())
        t.cancel()
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            print("unexpected TimeoutError")
        except asyncio.CancelledError:
            print("cancelled wins, cancelling", t.cancelling())
            raise
    t = asyncio.create_task(inner())
    try:
        await t
    except asyncio.CancelledError:
        print("inner ended cancelled", t.cancelling())

    # wait_for and cancel counts
    async def sleeper():
        await asyncio.sleep(1)
    async def w():
        t = asyncio.current_task()
        try:
            await asyncio.wait_for(sleeper(), 0.01)
        except TimeoutError:
            print("wait_for timed out, cancelling", t.cancelling())
    await asyncio.create_task(w())

    # nested timeouts with outer expiring first
    async def nested():
        t = asyncio.current_task()
        try:
            async with asyncio.timeout(0.01) as outer:
                try:
                    async with asyncio.timeout(1) as inner:
                        await asyncio.sleep(2)
                except TimeoutError:
                    print("inner timeout caught?")
                finally:
                    print("inner expired", inner.expired(), "cancelling", t.cancelling())
        except TimeoutError:
            print("outer caught", outer.expired(), "cancelling", t.cancelling())
    await asyncio.create_task(nested())

asyncio.run(main())
