# asyncio.timeout: reschedule() earlier or later, to None; when(); expired();
# repr; errors on reuse; a timeout whose deadline passes without an await.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async with asyncio.timeout(10) as cm:
        print("when set:", 9.9 < cm.when() - t0 < 10.1)
        cm.reschedule(loop.time() + 0.05)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancelled after the new deadline:", 0.05 <= loop.time() - t0 < 1)
            raise
    print("unreachable")

async def extend():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.03)
        cm.reschedule(loop.time() + 0.1)
        await asyncio.sleep(0.05)
        print("extended deadline let us finish; expired:", cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.05)
        print("rescheduled to None:", cm.when(), cm.expired())
    cm = asyncio.timeout(1)
    print(repr(cm).split(" when")[0])
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)
    async with cm:
        print(repr(cm).startswith("<Timeout [active] when="))
    print(repr(cm))
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0.01) as cm2:
            total = sum(range(100000))
        print("no await inside, no timeout:", cm2.expired())
    except TimeoutError:
        print("timed out without awaiting")
    try:
        async with asyncio.timeout(0) as cm3:
            await asyncio.sleep(0)
    except TimeoutError as e:
        print("zero timeout:", cm3.expired(), type(e.__cause__).__name__)

try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError from main")
asyncio.run(extend())
