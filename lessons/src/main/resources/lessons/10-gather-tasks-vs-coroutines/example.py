import asyncio

async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return name

async def main():
    early = asyncio.create_task(job("early"))
    coro = job("coro")
    late = asyncio.create_task(job("late"))
    print("calling gather")
    results = await asyncio.gather(coro, late, early)
    print(results)

asyncio.run(main())
