# Nested TaskGroups: an inner failure cancels the inner group's siblings, then
# propagates as an ExceptionGroup into the outer group, which cancels its own
# children; the final group nests the inner group.
import asyncio

async def ok(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} ok")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def boom(name, delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def inner_group(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok("inner-1", 0.1, log))
        tg.create_task(boom("inner-bad", 0.05, ValueError("inner failure")))
        tg.create_task(ok("inner-2", 0.3, log))

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(ok("outer-1", 0.2, log))
            outer.create_task(inner_group(log))
            outer.create_task(boom("outer-bad", 0.15, KeyError("outer failure")))
    except ExceptionGroup as eg:
        print("\n".join(log))
        print("outer:", eg)
        for e in eg.exceptions:
            print("  member:", type(e).__name__, e)
            if isinstance(e, ExceptionGroup):
                for x in e.exceptions:
                    print("    nested:", type(x).__name__, x)
        print("split ValueError:", eg.split(ValueError)[0])

    log.clear()
    async def body_raises():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("child", 0.1, log))
            await asyncio.sleep(0)
            raise RuntimeError("in the block")
    try:
        await body_raises()
    except* RuntimeError as eg:
        print(log, [str(e) for e in eg.exceptions])

    async def cancelled_from_outside():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("long", 1, log))
            await asyncio.sleep(1)
    log.clear()
    t = asyncio.create_task(cancelled_from_outside())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outside cancel:", log, t.cancelled())

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok("x", 0, log))
    except RuntimeError as e:
        print("not entered:", e)
    async with tg:
        pass
    c = ok("y", 0, log)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("finished:", e)
    c.close()

asyncio.run(main())
