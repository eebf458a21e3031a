# asyncio.timeout as a learner explores it: extend a deadline, cancel it, nest, inspect
import asyncio

async def slow(n):
    for i in range(n):
        await asyncio.sleep(0.01)
    return n

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.025) as cm:
        print("when set:", cm.when() is not None, cm.expired())
        await slow(2)
        cm.reschedule(loop.time() + 0.05)
        print("extended")
        await slow(3)
    print("after extend expired:", cm.expired())
    try:
        async with asyncio.timeout(0.015) as cm:
            await slow(5)
    except TimeoutError as e:
        print("timed out:", repr(e), "cause:", repr(e.__cause__), cm.expired())
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        print("disabled:", cm.when())
        await slow(2)
    print("no timeout; expired:", cm.expired())
    try:
        async with asyncio.timeout(0.05) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await slow(10)
            except TimeoutError:
                print("inner timed out; outer expired:", outer.expired())
            await slow(10)
    except TimeoutError:
        print("outer timed out:", outer.expired(), inner.expired())
    try:
        async with asyncio.timeout(-1):
            print("body runs with a past deadline")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError")
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01):
            try:
                await slow(5)
            except asyncio.CancelledError:
                print("swallowing the cancel")
        print("no TimeoutError since swallowed")
    except TimeoutError:
        print("TimeoutError anyway")

asyncio.run(main())
