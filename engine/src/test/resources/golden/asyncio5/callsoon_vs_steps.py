# loop.call_soon ordering against task steps, call_later(0), futures resolving
import asyncio

log = []

async def task(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-end")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cs1")
    t1 = asyncio.create_task(task("A", 2))
    loop.call_later(0, log.append, "cl0")
    loop.call_soon(log.append, "cs2")
    t2 = asyncio.create_task(task("B", 2))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append(f"fut-cb {f.result()}"))
    loop.call_soon(fut.set_result, "R")
    loop.call_soon(lambda: loop.call_soon(log.append, "nested-cs"))
    log.append("main-before-await")
    await asyncio.sleep(0)
    log.append("main-after-1")
    await asyncio.sleep(0)
    log.append("main-after-2")
    await asyncio.gather(t1, t2)
    log.append("gathered")
    h = loop.call_soon(log.append, "cancelled-handle")
    h.cancel()
    loop.call_soon(log.append, "last")
    await asyncio.sleep(0)
    for i, e in enumerate(log):
        print(f"{i:2} {e}")

asyncio.run(main())
