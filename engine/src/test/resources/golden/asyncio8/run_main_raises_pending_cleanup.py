import asyncio

async def worker(n):
    try:
        await asyncio.sleep(1)
    finally:
        print(f"worker {n} finally")

async def main():
    asyncio.create_task(worker(1))
    await asyncio.sleep(0)
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("main failed") from e

asyncio.run(main())
