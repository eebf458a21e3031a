import asyncio

async def child():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    t.cancel("teacher says stop")
    await t

asyncio.run(main())
