import asyncio

async def job():
    return 1

async def fails():
    raise RuntimeError("with coroutine", job())

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task failed:", type(t.exception().args[1]).__name__)
    del t
    print("after del")
    raise ValueError("uncaught", job())

asyncio.run(main())
