import asyncio

async def worker(name, seconds):
    print(name, "starts")
    await asyncio.sleep(seconds)
    print(name, "finishes")
    return name.upper()

async def main():
    t1 = asyncio.create_task(worker("alpha", 2))
    t2 = asyncio.create_task(worker("beta", 1))
    print("main: both tasks created")
    await asyncio.sleep(0)
    print("main: both tasks have started")
    print("main: got", await t1, "and", await t2)

asyncio.run(main())
