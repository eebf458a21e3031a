# Common mistake: fire-and-forget tasks whose errors are only reported when they are collected.
import asyncio


async def risky(n):
    await asyncio.sleep(0)
    if n % 2:
        raise RuntimeError(f"task {n} failed")
    return n


async def main():
    for n in range(4):
        asyncio.create_task(risky(n))
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after run")
