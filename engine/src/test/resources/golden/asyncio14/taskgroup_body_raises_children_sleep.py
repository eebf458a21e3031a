import asyncio

async def child(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("one", 1, log))
            tg.create_task(child("two", 2, log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(log)
    log.clear()
    async def outer():
        async with asyncio.TaskGroup() as outer_tg:
            async def inner_group():
                async with asyncio.TaskGroup() as inner_tg:
                    inner_tg.create_task(child("deep", 5, log))
                    await asyncio.sleep(0.1)
                    raise ValueError("inner")
            outer_tg.create_task(inner_group())
            outer_tg.create_task(child("side", 5, log))
    try:
        await outer()
    except ExceptionGroup as eg:
        def show(g, depth=0):
            print("  " * depth + f"{type(g).__name__}: {g}")
            for e in getattr(g, "exceptions", ()):
                if isinstance(e, BaseExceptionGroup):
                    show(e, depth + 1)
                else:
                    print("  " * (depth + 1) + repr(e))
        show(eg)
    print(log)

asyncio.run(main())
