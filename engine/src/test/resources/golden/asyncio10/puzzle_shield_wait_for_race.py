# Puzzle: wait_for around shield, the timeout and the completion in the same loop iteration
import asyncio

log = []

async def work(tag, delay):
    log.append(f"{tag} start")
    try:
        await asyncio.sleep(delay)
        log.append(f"{tag} finished")
        return tag
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise

async def main():
    inner = asyncio.create_task(work("A", 0.05))
    try:
        print(await asyncio.wait_for(asyncio.shield(inner), 0.01))
    except TimeoutError:
        log.append("wait_for timed out")
    log.append(f"inner done={inner.done()}")
    print(await inner)
    # deadline and completion at the same instant
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work("B", 0.02))
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            print("got", await t)
    except TimeoutError:
        log.append("timeout_at fired first")
    # completion happens via call_soon while timeout handle is due
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "F")
    try:
        print(await asyncio.wait_for(fut, 0.01))
    except TimeoutError:
        log.append("F timed out")
    print(fut.done(), fut.cancelled())
    for line in log:
        print(line)

asyncio.run(main())
