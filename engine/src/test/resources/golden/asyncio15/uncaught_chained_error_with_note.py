import asyncio

async def db():
    await asyncio.sleep(0)
    raise ConnectionError("db down")

async def repo():
    try:
        await db()
    except ConnectionError as e:
        e.add_note("while loading user 42")
        raise LookupError("user not found") from e

async def service():
    try:
        await repo()
    except LookupError:
        raise RuntimeError("service failed")

async def orphan():
    await asyncio.sleep(0)
    try:
        {}["x"]
    except KeyError:
        raise ValueError("orphan failed")

async def main():
    t = asyncio.create_task(orphan())
    await asyncio.sleep(0.01)
    del t
    await service()

asyncio.run(main())
