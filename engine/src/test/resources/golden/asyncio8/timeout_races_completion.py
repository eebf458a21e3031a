import asyncio

async def value_after(d, v):
    await asyncio.sleep(d)
    return v

async def main():
    loop = asyncio.get_running_loop()
    # the inner sleep and the timeout end at the same loop time
    for d in (0.1, 0.101):
        try:
            async with asyncio.timeout(0.1):
                r = await value_after(d, "v")
            print(d, "finished", r)
        except TimeoutError:
            print(d, "timed out")
    # wait_for with the same deadline
    for d in (0.1, 0.05):
        try:
            print(d, "wait_for ->", await asyncio.wait_for(value_after(d, d), 0.1))
        except TimeoutError:
            print(d, "wait_for timed out")
    # timeout(0) and timeout in the past
    for t in (0, -1):
        try:
            async with asyncio.timeout(t):
                print("body runs with", t)
                await asyncio.sleep(0)
                print("not reached")
        except TimeoutError:
            print("expired at first await", t)
    # a body that never awaits does not time out
    async with asyncio.timeout(0) as cm:
        x = sum(range(10))
    print("no await:", x, cm.expired())
    # completion lands in the same iteration as the timeout callback
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "fut done")
    try:
        async with asyncio.timeout_at(loop.time() + 0.05) as cm:
            print(await fut)
    except TimeoutError:
        print("fut: timed out")
    print("expired flag", cm.expired())
    # wait_for(timeout=0) on a done future and on a pending one
    done = loop.create_future()
    done.set_result(1)
    print(await asyncio.wait_for(done, 0))
    try:
        await asyncio.wait_for(value_after(0, "x"), 0)
    except TimeoutError:
        print("wait_for 0 on a coroutine times out")

asyncio.run(main())
