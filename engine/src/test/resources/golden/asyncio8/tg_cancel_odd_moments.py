import asyncio

log = []

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled args={e.args}")
        raise
    finally:
        t = asyncio.current_task()
        log.append(f"{name} finally cancelling={t.cancelling()}")

async def main():
    # 1: cancel the parent while the TaskGroup is waiting
    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 1))
            tg.create_task(child("b", 2))
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel("stop it")
    try:
        await p
    except asyncio.CancelledError as e:
        print("parent cancelled", e.args, p.cancelling(), p.cancelled())
    print(sorted(log)); log.clear()  # children are cancelled in set order

    # 2: child fails while another child is already done and one pending
    async def parent2():
        try:
            async with asyncio.TaskGroup() as tg:
                t1 = tg.create_task(child("x", 0))
                t2 = tg.create_task(child("y", 0.1, fail=True))
                t3 = tg.create_task(child("z", 5))
                await asyncio.sleep(1)
                log.append("body after sleep?")
        except* ValueError as eg:
            print("caught", repr(eg), [repr(e) for e in eg.exceptions])
        print("states", t1.done(), t2.done(), t3.cancelled(), asyncio.current_task().cancelling())
    await parent2()
    print(log); log.clear()

    # 3: cancel the group's body from inside (task cancels itself) with a child pending
    async def parent3():
        me = asyncio.current_task()
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("q", 1))
                me.cancel()
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("parent3 cancelled, cancelling =", me.cancelling())
            me.uncancel()
        return "p3 ok"
    print(await parent3())
    print(log); log.clear()

    # 4: child cancels itself
    async def selfcancel():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(selfcancel())
        u = tg.create_task(child("w", 0.01))
    print("after group 4", t.cancelled(), u.result())
    print(log)

asyncio.run(main())
