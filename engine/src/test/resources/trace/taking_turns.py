import asyncio


async def worker(name, rounds):
    for i in range(rounds):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, 2)) for n in "xy"]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
