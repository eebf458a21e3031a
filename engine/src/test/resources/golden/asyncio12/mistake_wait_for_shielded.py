# wait_for around a shielded task: the timeout fires, the inner work continues.
import asyncio

async def save(log, delay):
    log.append("save start")
    await asyncio.sleep(delay)
    log.append("save end")
    return "saved"

async def main():
    log = []
    inner = asyncio.create_task(save(log, 0.02), name="saver")
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, e.args, isinstance(e, TimeoutError))
    print("inner done?", inner.done(), "cancelled?", inner.cancelled())
    print("result later:", await inner)
    print(log)

    # shield of a finished task
    s = asyncio.shield(inner)
    print("shield of done task is same?", s is inner, s.result())

    # shield of a coroutine: wraps it in a task; cancel the outer only
    log.clear()
    outer = asyncio.shield(save(log, 0.005))
    print(type(outer).__name__)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())
    await asyncio.sleep(0.01)
    print(log)

    # wait_for with timeout=None and 0
    print(await asyncio.wait_for(save(log, 0), None))
    try:
        await asyncio.wait_for(save(log, 0.01), 0)
    except TimeoutError:
        print("timeout 0 -> TimeoutError")

asyncio.run(main())
