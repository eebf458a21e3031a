# Done-callbacks and awaiting tasks of one future run in registration order;
# a callback that completes another future; callbacks added inside callbacks.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    f = loop.create_future()
    g = loop.create_future()
    async def awaiter(name, fut):
        v = await fut
        log.append(f"{name} got {v}")
    f.add_done_callback(lambda x: log.append("cb1"))
    a1 = asyncio.create_task(awaiter("a1", f))
    await asyncio.sleep(0)
    f.add_done_callback(lambda x: (log.append("cb2 completes g"), g.set_result("g!")))
    a2 = asyncio.create_task(awaiter("a2", g))
    await asyncio.sleep(0)
    f.add_done_callback(lambda x: x.add_done_callback(lambda y: log.append("cb added by cb3")) or log.append("cb3"))
    f.set_result("f!")
    log.append("set_result returned")
    await asyncio.gather(a1, a2)
    await asyncio.sleep(0)
    print("\n".join(log))

asyncio.run(main())
