import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("worker finally")
        raise OSError("cleanup failed")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except OSError as e:
        print("got", repr(e), "context:", repr(e.__context__), "cancelled():", t.cancelled())
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t2.cancel()
    await t2

asyncio.run(main())
