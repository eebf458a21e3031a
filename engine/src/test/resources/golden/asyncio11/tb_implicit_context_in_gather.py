import asyncio

async def cleanup():
    await asyncio.sleep(0)
    raise RuntimeError("cleanup failed")

async def work():
    try:
        1 / 0
    except ZeroDivisionError:
        await cleanup()

async def main():
    await asyncio.gather(work(), asyncio.sleep(0.01))

asyncio.run(main())
