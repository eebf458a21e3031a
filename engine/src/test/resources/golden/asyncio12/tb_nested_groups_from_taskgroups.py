# Nested TaskGroups where children fail while siblings sleep; printed in full by asyncio.run.
import asyncio

async def sleeper(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def inner_group(log):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("inner-sleeper", log))
        tg.create_task(fail("inner boom"))
        tg.create_task(fail("inner bang", 0.001))

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("outer-sleeper", log))
            tg.create_task(inner_group(log))
            tg.create_task(fail("outer oops", 0.002))
    finally:
        print(sorted(log))

asyncio.run(main())
