import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when(), cm.expired())
        cm.reschedule(loop.time() + 10)
        print("rescheduled in future:", cm.when() is not None, cm.expired())
        cm.reschedule(None)
        await asyncio.sleep(0)
    print("after None:", cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, e.args, cm.expired(), type(e.__cause__).__name__, type(e.__context__).__name__)

    try:
        async with asyncio.timeout(-1) as cm:
            print("inside already past")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: expired", cm.expired())

    async with asyncio.timeout(2) as cm:
        await asyncio.sleep(0.001)
    print("fast enough, expired:", cm.expired())

    try:
        async with asyncio.timeout(0) as cm:
            pass
        print("no await, no timeout; expired:", cm.expired())
    except TimeoutError:
        print("zero timeout raised without an await")

    cm = asyncio.timeout(1)
    print(repr(cm).split(" when=")[0])
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner saw CancelledError")
                raise
    except TimeoutError:
        print("timeout_at fired")

    async def swallow():
        try:
            async with asyncio.timeout(0.01):
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    print("swallowed cancel inside timeout")
                await asyncio.sleep(0)
            print("block finished without TimeoutError")
        except TimeoutError:
            print("TimeoutError despite swallow")
    await swallow()

    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout wins")
    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout raised; should be caught by? no")
    else:
        print("never")
    t = asyncio.current_task()
    print("cancelling count at end:", t.cancelling())

asyncio.run(main())
