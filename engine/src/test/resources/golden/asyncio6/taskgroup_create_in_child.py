import asyncio

async def spawner(tg, depth, log):
    log.append(f"spawner depth {depth}")
    if depth < 3:
        tg.create_task(spawner(tg, depth + 1, log), name=f"s{depth + 1}")
        await asyncio.sleep(0.01)
    log.append(f"spawner depth {depth} done")
    return depth

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(spawner(tg, 0, log), name="s0")
    print("\n".join(log))
    print("result", t.result())
    try:
        tg.create_task(spawner(tg, 9, log))
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = spawner(tg, 9, log)
    try:
        tg.create_task(c)
    except RuntimeError:
        print("closed the coroutine?", c.cr_frame is None)

asyncio.run(main())
