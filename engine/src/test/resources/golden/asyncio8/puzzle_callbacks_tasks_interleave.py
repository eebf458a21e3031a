import asyncio

log = []

async def child(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(child("a", 3))
    loop.call_soon(log.append, "cb1")
    t2 = asyncio.create_task(child("b", 2))
    t1.add_done_callback(lambda t: log.append(f"done {t.result()}"))
    t2.add_done_callback(lambda t: loop.call_soon(log.append, "soon-from-done-b"))
    fut = loop.create_future()
    t2.add_done_callback(lambda t: fut.set_result("from b"))
    log.append("main before await")
    log.append(await fut)
    log.append("main after fut")
    await asyncio.sleep(0)
    log.append("main end")
    await t1
    for i in range(0, len(log), 6):
        print(log[i:i + 6])

asyncio.run(main())
