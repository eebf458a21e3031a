import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when(), "expired:", cm.expired())
        await asyncio.sleep(0.01)
    print("no deadline ok", cm.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm2:
            print("entered past deadline")
            await asyncio.sleep(0)
            print("never here")
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm2.expired(), type(e.__context__).__name__)
    try:
        async with asyncio.timeout(0):
            print("zero timeout body runs")
            await asyncio.sleep(1)
    except TimeoutError:
        print("zero timed out")
    async with asyncio.timeout(None) as cm3:
        cm3.reschedule(loop.time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable?")

async def runner():
    try:
        await main()
    except TimeoutError as e:
        print("outer TimeoutError", repr(e))
    try:
        async with asyncio.timeout(0.01) as cm:
            pass
        print("fast body, expired:", cm.expired())
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            async with t:
                pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(runner())
