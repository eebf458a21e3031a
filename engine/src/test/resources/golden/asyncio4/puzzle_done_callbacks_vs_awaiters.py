import asyncio

log = []

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def awaiter(n):
        v = await fut
        log.append(f"awaiter{n}:{v}")
    tasks = [asyncio.create_task(awaiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: log.append("cb-late"))
    loop.call_soon(log.append, "soon-before-set")
    fut.set_result("R")
    loop.call_soon(log.append, "soon-after-set")
    log.append("set-done")
    await asyncio.sleep(0)
    log.append("main-1")
    await asyncio.sleep(0)
    log.append("main-2")
    await asyncio.gather(*tasks)
    print(log)
    log.clear()
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    t.add_done_callback(lambda t: log.append("t-cb1"))
    async def wait_t():
        log.append(f"wait_t got {await t}")
    w = asyncio.create_task(wait_t())
    t.add_done_callback(lambda t: log.append("t-cb2"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await w
    print(log)

asyncio.run(main())
