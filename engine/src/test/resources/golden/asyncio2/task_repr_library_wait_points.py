# Task reprs name the stdlib line where a library coroutine waits: wait_for at each of its awaits,
# Condition.wait while re-acquiring its lock after a cancellation.
import asyncio


def clean(t):
    return repr(t).replace(__file__, "<file>")


async def stubborn(n, cleanup=0):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        for _ in range(n):
            await asyncio.sleep(0)
        await asyncio.sleep(cleanup)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(asyncio.wait_for(fut, None), name="no-timeout")
    await asyncio.sleep(0)
    print(clean(t))
    fut.set_result(1)
    await t

    t = asyncio.create_task(asyncio.wait_for(stubborn(3), 0), name="zero-timeout")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(clean(t))
    try:
        await t
    except TimeoutError:
        print("zero-timeout: TimeoutError")

    t = asyncio.create_task(asyncio.wait_for(stubborn(3), 5), name="cancelled")
    await asyncio.sleep(0)
    print(clean(t))
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(clean(t))
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled: CancelledError")

    t = asyncio.create_task(asyncio.wait_for(stubborn(0, 0.5), 0.01), name="timed-out")
    await asyncio.sleep(0.2)
    print(clean(t))
    try:
        await t
    except TimeoutError:
        print("timed-out: TimeoutError")

    # asyncio's locks have no owner: the task waits on a Condition whose lock main acquired.
    cond = asyncio.Condition()
    await cond.acquire()
    w = asyncio.create_task(cond.wait(), name="cond")
    await asyncio.sleep(0)
    print(clean(w))
    await cond.acquire()
    w.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(clean(w))
    cond.release()
    try:
        await w
    except asyncio.CancelledError:
        print("cond: CancelledError")

    s = asyncio.create_task(asyncio.sleep(0), name="sleep0")
    await asyncio.sleep(0)
    print(clean(s))
    await s


asyncio.run(main())
