import asyncio

async def sleeper(name, delay, log):
    try:
        r = await asyncio.sleep(delay, result=name)
        log.append(f"{name} woke with {r}")
        return r
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled args={e.args}")
        raise

async def main():
    log = []
    t = asyncio.create_task(sleeper("x", 0.1, log))
    fut = asyncio.get_running_loop().create_future()
    async def waiter():
        try:
            v = await fut
            log.append(f"waiter got {v}")
        except asyncio.CancelledError:
            log.append("waiter cancelled")
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    # future done and the waiting task cancelled in the same tick
    fut.set_result(42)
    print("cancel w ->", w.cancel("late"))
    await asyncio.sleep(0.1)
    # task whose sleep already expired: cancel right when it is due
    print("cancel t ->", t.cancel())
    for task in (t, w):
        try:
            await task
        except asyncio.CancelledError as e:
            log.append(f"awaiting {task.get_coro().__name__} raised CancelledError{e.args}")
    print(*log, sep="\n")
    print(t.cancelled(), w.cancelled(), fut.result())

asyncio.run(main())
