import asyncio

log = []
async def a():
    log.append("a1")
    await asyncio.sleep(0)
    log.append("a2")

async def b():
    log.append("b1")
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, None)
    await fut
    log.append("b2")

async def c():
    log.append("c1")
    await asyncio.shield(asyncio.sleep(0))
    log.append("c2")

async def d():
    log.append("d1")
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    log.append("d2")

async def e():
    log.append("e1")
    await asyncio.wait_for(asyncio.sleep(0), 1)
    log.append("e2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "soon1")
    ts = [asyncio.create_task(f()) for f in (a, b, c, d, e)]
    loop.call_soon(log.append, "soon2")
    await asyncio.sleep(0)
    log.append("main1")
    await asyncio.gather(*ts)
    log.append("main2")
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        log.append(f"w{i}")
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    log.append("set")
    await asyncio.gather(*ws)
    cond = asyncio.Condition()
    async def cw(i):
        async with cond:
            await cond.wait()
            log.append(f"cw{i}")
    cs = [asyncio.create_task(cw(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)

asyncio.run(main())
print(log)
