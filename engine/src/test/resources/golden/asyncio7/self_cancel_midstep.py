import asyncio

async def worker():
    me = asyncio.current_task()
    print("cancel myself:", me.cancel("self"))
    print("still running, cancelling =", me.cancelling(), "cancelled =", me.cancelled())
    x = sum(range(10))
    print("computed", x)
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("delivered at first await:", e.args)
    print("swallowed; uncancel ->", me.uncancel())
    await asyncio.sleep(0)
    return "finished"

async def main():
    t = asyncio.create_task(worker())
    print(await t, t.cancelled())
    fut = asyncio.get_running_loop().create_future()
    async def waits():
        return await fut
    w = asyncio.create_task(waits())
    await asyncio.sleep(0)
    w.cancel()
    fut.set_result("raced")
    try:
        print("result:", await w)
    except asyncio.CancelledError:
        print("cancel won over the result; fut:", fut.result())

asyncio.run(main())
