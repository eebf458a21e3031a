# asyncio.timeout: reschedule, when(), expired(), repr at each state, nesting.
import asyncio


def state(cm):
    r = repr(cm)
    # the deadline is a loop time: hide it
    if "when=" in r:
        r = r.split(" when=")[0] + ">"
    return r


async def slow(n):
    await asyncio.sleep(n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)
    print("created:", state(cm), cm.when(), cm.expired())
    async with cm:
        print("entered:", state(cm), cm.when())
        cm.reschedule(loop.time() + 0.01)
        print("rescheduled:", state(cm), cm.when() is not None)
        cm.reschedule(None)
        print("back to none:", cm.when())
        await asyncio.sleep(0.02)
    print("no expiry:", state(cm), cm.expired())

    try:
        async with asyncio.timeout(0.01) as cm2:
            await slow(1)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e.args), state(cm2), cm2.expired())
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)

    # push the deadline later while waiting
    async def pusher(cm):
        for _ in range(3):
            await asyncio.sleep(0.01)
            cm.reschedule(loop.time() + 0.05)
            print("pushed")

    async with asyncio.timeout(0.03) as cm3:
        t = asyncio.create_task(pusher(cm3))
        await asyncio.sleep(0.06)
        await t
    print("survived:", cm3.expired())

    # reschedule to the past fires at next iteration
    try:
        async with asyncio.timeout(10) as cm4:
            cm4.reschedule(loop.time() - 1)
            print("before yield")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline fired; expired:", cm4.expired())

    # reschedule after leaving
    try:
        cm4.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # nested: inner expires first, outer keeps going
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner expired:", inner.expired(), "outer:", outer.expired())
        print("task cancelling:", asyncio.current_task().cancelling())

    # timeout_at with a deadline already passed
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            print("body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at past -> TimeoutError")

    # body finishes without awaiting anything after expiry was scheduled
    async with asyncio.timeout(0) as cm5:
        x = sum(range(10))
    print("sync body:", x, cm5.expired())

    # a body that catches the CancelledError itself
    try:
        async with asyncio.timeout(0.01) as cm6:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body saw CancelledError")
                raise
    except TimeoutError:
        print("still TimeoutError", cm6.expired())

    # wait_for with timeout 0 on a done-quickly coroutine
    try:
        print(await asyncio.wait_for(slow(0), 0))
    except TimeoutError:
        print("wait_for 0 timed out")


asyncio.run(main())
