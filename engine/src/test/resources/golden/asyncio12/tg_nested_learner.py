# Nested TaskGroups: an inner failure, the outer's other children, and who sees which group.
import asyncio

log = []

async def step(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise fail
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def section(name, specs):
    try:
        async with asyncio.TaskGroup() as tg:
            for i, (d, f) in enumerate(specs):
                tg.create_task(step(f"{name}.{i}", d, f))
        log.append(f"{name} finished")
    except* ValueError as eg:
        log.append(f"{name} handled {[str(e) for e in eg.exceptions]}")
    finally:
        log.append(f"{name} exit")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(section("A", [(0.01, ValueError("a-bad")), (0.1, None)]))
        tg.create_task(section("B", [(0.02, None), (0.03, None)]))
    print(log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(section("C", [(0.01, KeyError("c-key")), (0.1, None)]))
            tg.create_task(section("D", [(0.05, None)]))
            tg.create_task(step("E", 0.1))
    except* KeyError as eg:
        print("main got", repr(eg))
        print("nested:", [type(e).__name__ for e in eg.exceptions])
    print(log)

asyncio.run(main())
