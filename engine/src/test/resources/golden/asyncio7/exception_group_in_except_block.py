import asyncio

async def cleanup_fails():
    try:
        raise OSError("disk")
    except OSError:
        await asyncio.sleep(0)
        raise RuntimeError("cleanup failed")

async def fine():
    await asyncio.sleep(0.01)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fine())
        tg.create_task(cleanup_fails())

asyncio.run(main())
