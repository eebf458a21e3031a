import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    log = []
    async def waiter(name):
        async with cond:
            try:
                await cond.wait_for(lambda: state["n"] >= 2)
                log.append(f"{name} ok n={state['n']}")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled, holds lock={cond.locked()}")
                raise
    ws = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        state["n"] = 1
        cond.notify_all()
        ws[1].cancel()
        log.append("notified with n=1, cancelled w1")
    await asyncio.sleep(0)
    async with cond:
        state["n"] = 2
        cond.notify(1)
        log.append("notify(1) with n=2")
    await asyncio.sleep(0.01)
    log.append(f"states {[w.done() for w in ws]}")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws, return_exceptions=True)
    for line in log:
        print(line)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
