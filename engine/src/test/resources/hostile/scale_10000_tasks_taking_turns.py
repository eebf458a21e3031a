import asyncio

order = []


async def worker(i):
    for turn in range(3):
        order.append(i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(*(worker(i) for i in range(10_000)))
    print(len(order), order[:3], order[9_999:10_002], order[-1])


asyncio.run(main())
