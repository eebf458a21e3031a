# timeout_at and Timeout objects nested: when(), expired(), reschedule(), repr shapes.
import asyncio
import re


def state(t):
    return re.sub(r"when=[0-9.]+", "when=W", repr(t))


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    async with asyncio.timeout_at(now + 10) as outer:
        print("outer when offset", round(outer.when() - now, 3), outer.expired())
        try:
            async with asyncio.timeout_at(loop.time() + 0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError as e:
            print("inner timed out:", type(e).__name__, inner.expired(), outer.expired())
            print("context:", type(e.__context__).__name__)
        print(state(inner))
        print(state(outer))

    # reschedule to None, then to the past
    async with asyncio.timeout(None) as t:
        print("none:", t.when(), repr(t))
        t.reschedule(loop.time() + 0.005)
        print("rescheduled expired?", t.expired())
        try:
            await asyncio.sleep(0.5)
        except asyncio.CancelledError:
            print("cancelled inside (will become TimeoutError)")
            raise
    print("never")


async def main2():
    loop = asyncio.get_running_loop()
    try:
        await main()
    except TimeoutError as e:
        print("main2 caught", type(e).__name__, repr(e.args))
    # reschedule after exit
    async with asyncio.timeout(1) as t:
        pass
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("reschedule after exit:", e)
    print(state(t))
    # enter twice
    t2 = asyncio.timeout(1)
    async with t2:
        try:
            async with t2:
                pass
        except RuntimeError as e:
            print("enter twice:", e)
    # timeout in the past: expires at first await
    async with asyncio.timeout_at(loop.time() - 1) as t3:
        print("body runs, expired yet?", t3.expired())
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("got cancelled at first await")
            raise
    print("unreachable")


try:
    asyncio.run(main2())
except TimeoutError as e:
    print("outside:", type(e).__name__)
