import asyncio

async def work(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    inner = asyncio.create_task(work("inner", 0.3, log))
    results = await asyncio.gather(
        asyncio.wait_for(asyncio.shield(inner), 0.1),
        work("plain", 0.05, log),
        return_exceptions=True,
    )
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])
    print("inner state:", inner.done(), inner.cancelled())
    print(await inner, log)
    log.clear()
    # the outer gather is cancelled while a shielded child runs
    child = asyncio.create_task(work("child", 0.2, log))
    g = asyncio.gather(asyncio.shield(child), work("other", 0.5, log))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log.append("gather cancelled")
    await asyncio.sleep(0.3)
    print(log, child.result())
    # shield of an already finished task and of a coroutine
    done = asyncio.create_task(work("quick", 0, log))
    await done
    s = asyncio.shield(done)
    print(s is done, await asyncio.shield(work("coro", 0, log)))
    # wait_for of a shield, where the inner finishes exactly at the timeout
    inner2 = asyncio.create_task(work("tie", 0.1, log))
    try:
        print(await asyncio.wait_for(asyncio.shield(inner2), 0.1))
    except TimeoutError:
        print("tie timed out; inner2 done?", inner2.done())
    await inner2
    print(log[-3:])

asyncio.run(main())
