import asyncio

async def body(tag):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(tag, "saw cancel")
        raise

def describe(t):
    s = []
    if t.done():
        s.append("done")
        if t.cancelled():
            s.append("cancelled")
        elif t.exception() is not None:
            s.append("exc=" + repr(t.exception()))
        else:
            s.append("result=" + repr(t.result()))
    else:
        s.append("pending")
    return " ".join(s) + f" cancelling={t.cancelling()}"

async def main():
    # before start
    t = asyncio.create_task(body("t0"))
    print("cancel before start:", t.cancel(), describe(t))
    await asyncio.sleep(0)
    print("after one tick:", describe(t))

    # twice before start
    t = asyncio.create_task(body("t1"))
    print(t.cancel("one"), t.cancel("two"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("msg:", e.args)

    # while waiting, then twice
    t = asyncio.create_task(body("t2"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), describe(t))
    await asyncio.sleep(0)
    print("after:", describe(t))

    # after done
    t = asyncio.create_task(asyncio.sleep(0, "fine"))
    await t
    print("cancel done:", t.cancel(), describe(t))

    # cancel a task that swallows and returns
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("swallow:", describe(t))

    # cancel a task then uncancel before it runs
    t = asyncio.create_task(body("t3"))
    await asyncio.sleep(0)
    t.cancel()
    print("uncancel ->", t.uncancel(), describe(t))
    await asyncio.sleep(0)
    print("still cancelled?", describe(t))

    # cancel the task while it's awaiting a future that is already done
    fut = asyncio.get_running_loop().create_future()
    async def waiter():
        r = await fut
        print("waiter got", r)
        await asyncio.sleep(0)
        return r
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.set_result(42)
    t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print("waiter cancelled", describe(t))

    # cancel the current task from itself then await something done
    async def selfie():
        asyncio.current_task().cancel()
        f = asyncio.get_running_loop().create_future()
        f.set_result(1)
        try:
            v = await f
            print("got done future", v)
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("selfie cancelled at sleep")
            raise
    t = asyncio.create_task(selfie())
    await asyncio.gather(t, return_exceptions=True)
    print(describe(t))

asyncio.run(main())
