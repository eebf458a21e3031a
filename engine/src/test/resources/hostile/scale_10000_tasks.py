import asyncio


async def job(i):
    await asyncio.sleep((i % 10) / 100)
    return i % 7


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(10_000)]
    print("created", len(tasks), "tasks;", len(asyncio.all_tasks()), "alive with main")
    results = await asyncio.gather(*tasks)
    print("done:", len(results), sum(results))


asyncio.run(main())
