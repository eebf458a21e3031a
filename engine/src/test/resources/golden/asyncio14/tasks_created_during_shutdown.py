import asyncio

log = []

async def late(name):
    log.append(f"{name} start")
    try:
        await asyncio.sleep(0)
        log.append(f"{name} after sleep0")
        await asyncio.sleep(0)
        log.append(f"{name} after second sleep0")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn cancelled; spawns a task")
        asyncio.get_running_loop().create_task(late("spawned-in-cancel"))
        await asyncio.sleep(0)
        log.append("stubborn finishing")

async def main():
    asyncio.create_task(stubborn())
    asyncio.create_task(late("orphan"))
    await asyncio.sleep(0)
    log.append("main returns")

asyncio.run(main())
print("\n".join(log))
