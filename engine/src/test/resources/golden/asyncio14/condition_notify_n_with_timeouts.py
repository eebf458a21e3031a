import asyncio

async def consumer(cond, name, log, timeout):
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), timeout)
            log.append(f"{name}: notified, locked={cond.locked()}")
        except TimeoutError:
            log.append(f"{name}: timed out, locked={cond.locked()}")

async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(consumer(cond, f"c{i}", log, t))
          for i, t in enumerate([0.5, 5, 5, 5, 0.5])]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
        log.append("notify(2) sent")
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
        log.append("notify_all sent")
    await asyncio.gather(*ts)
    print("\n".join(log))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
