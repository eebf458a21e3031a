import asyncio

log = []
async def sleeper(name, delay):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in [("zero", 0), ("tiny", 1e-9), ("neg", -1), ("zero2", 0), ("small", 0.001)]]
    loop.call_soon(log.append, "call_soon")
    loop.call_later(0, log.append, "call_later0")
    loop.call_later(-5, log.append, "call_later-5")
    loop.call_at(loop.time(), log.append, "call_at_now")
    await asyncio.gather(*tasks)
    print(log)
    log.clear()
    def cb_creates_task():
        log.append("cb runs")
        asyncio.ensure_future(sleeper("from_cb", 0))
        loop.call_soon(log.append, "cb's call_soon")
    loop.call_soon(cb_creates_task)
    await asyncio.sleep(0)
    log.append("main after 1")
    await asyncio.sleep(0)
    log.append("main after 2")
    await asyncio.sleep(0)
    log.append("main after 3")
    print(log)
    log.clear()
    r = await asyncio.sleep(0, result="value")
    r2 = await asyncio.sleep(0.001, "v2")
    print(r, r2)
    async def yielder(n):
        for i in range(3):
            log.append(f"{n}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(yielder("a"), yielder("b"), yielder("c"))
    print(log)

asyncio.run(main())
