# shield() inside asyncio.timeout(): the timeout cancels the awaiting task, the
# shielded task keeps running; a shielded task that fails still reports to the
# awaiter if it is still waiting.
import asyncio

async def work(log, delay, result="done", fail=False):
    log.append("work started")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError("work failed")
    log.append("work finished")
    return result

async def main():
    log = []
    inner = asyncio.create_task(work(log, 0.2))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(inner)
    except TimeoutError:
        log.append(f"timed out; inner done={inner.done()} cancelled={inner.cancelled()}")
    log.append(f"inner result: {await inner}")
    print("\n".join(log))

    log.clear()
    t = asyncio.create_task(work(log, 0.05, fail=True))
    try:
        await asyncio.shield(t)
    except ValueError as e:
        print("shield passes the failure:", e)

    print("shield of a done task is the task:", asyncio.shield(t) is t)
    t.exception()

    async def shielded():
        return await asyncio.shield(work(log, 0.05, "inner value"))
    outer_task = asyncio.create_task(shielded())
    await asyncio.sleep(0)
    outer_task.cancel()
    try:
        await outer_task
    except asyncio.CancelledError:
        print("outer cancelled; log:", log)
    await asyncio.sleep(0.1)
    print("log after:", log)

    inner2 = asyncio.create_task(work(log, 0.05))
    sh = asyncio.shield(inner2)
    inner2.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("inner cancelled -> shield cancelled:", sh.cancelled())

asyncio.run(main())
