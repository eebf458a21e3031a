import asyncio

async def sleeper(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} ok")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    async def group_a(other_box):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("a1", 1, log))
            await asyncio.sleep(0.1)
            log.append("a cancels b")
            other_box[0].cancel()
            tg.create_task(sleeper("a2", 0.2, log))
        log.append("group a exits")
        return "A"
    async def group_b():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(sleeper("b1", 1, log))
            log.append("group b exits")
        except asyncio.CancelledError:
            log.append(f"group b sees CancelledError, cancelling()={asyncio.current_task().cancelling()}")
            raise
    box = [None]
    tb = asyncio.create_task(group_b(), name="B")
    box[0] = tb
    ta = asyncio.create_task(group_a(box), name="A")
    res = await asyncio.gather(ta, tb, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print("\n".join(log))
    # a child cancelling its own group's parent task
    log.clear()
    async def parent():
        me = asyncio.current_task()
        async with asyncio.TaskGroup() as tg:
            async def rebel():
                await asyncio.sleep(0.05)
                me.cancel("rebel")
                log.append("rebel done")
            tg.create_task(rebel())
            tg.create_task(sleeper("loyal", 1, log))
            await asyncio.sleep(1)
    try:
        await parent()
    except asyncio.CancelledError as e:
        log.append(f"parent cancelled {e.args}")
    print(log)

asyncio.run(main())
