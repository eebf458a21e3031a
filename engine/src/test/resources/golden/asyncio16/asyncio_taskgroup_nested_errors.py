import asyncio

log = []
async def child(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail(name)
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def slow_cleanup(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cleaning up")
        await asyncio.sleep(0.01)
        log.append(f"{name} cleaned")
        raise ValueError(f"{name} failed during cleanup")

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(child("o1", 0.05))
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(child("i1", 0.01, KeyError))
                    inner.create_task(child("i2", 0.5))
                    inner.create_task(slow_cleanup("i3"))
            outer.create_task(inner_group())
            outer.create_task(child("o2", 0.5))
    except* KeyError as eg:
        print("KeyError group:", repr(eg))
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
    except* ExceptionGroup as eg:
        print("nested group:", repr(eg))
    print(log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.01, RuntimeError))
            tg.create_task(child("b", 0.01, RuntimeError))
            await asyncio.sleep(1)
            log.append("body continued")
    except ExceptionGroup as eg:
        print("two at once:", [str(e) for e in eg.exceptions])
    print(log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c", 0.5))
            raise LookupError("body fails")
    except ExceptionGroup as eg:
        print("body error wrapped:", repr(eg))
    print(log)
    log.clear()
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child("d", 0.01))
    print("result", t.result(), log)
    try:
        tg.create_task(child("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    tg2 = asyncio.TaskGroup()
    coro = child("x", 0)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    print(repr(tg2))

asyncio.run(main())
