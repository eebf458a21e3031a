import asyncio

async def waiter(fut, tag):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print(tag, "cancelled with", e.args)
        raise
    finally:
        print(tag, "finally; fut cancelled?", fut.cancelled())

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1, "t1"))
    await asyncio.sleep(0)
    t1.cancel("because")
    print("after cancel: f1.cancelled", f1.cancelled(), "t1.done", t1.done())
    await asyncio.sleep(0)
    print("t1.cancelled", t1.cancelled())
    try:
        f1.result()
    except asyncio.CancelledError as e:
        print("f1.result ->", type(e).__name__, e.args)

    # cancelling the future itself cancels the waiting task
    f2 = loop.create_future()
    t2 = asyncio.create_task(waiter(f2, "t2"))
    await asyncio.sleep(0)
    f2.cancel("fut msg")
    await asyncio.sleep(0)
    print("t2.done", t2.done(), "t2.cancelled", t2.cancelled())
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print("t2.result ->", e.args)

    # two tasks waiting on one future; cancel one task
    f3 = loop.create_future()
    ta = asyncio.create_task(waiter(f3, "ta"))
    tb = asyncio.create_task(waiter(f3, "tb"))
    await asyncio.sleep(0)
    ta.cancel()
    await asyncio.sleep(0)
    print("f3 cancelled?", f3.cancelled(), "tb done?", tb.done())
    await asyncio.sleep(0)
    print("tb done?", tb.done(), tb.cancelled())

asyncio.run(main())
