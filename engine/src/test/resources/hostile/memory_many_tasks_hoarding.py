import asyncio


async def hoard(i):
    data = [i] * 1_000_000
    await asyncio.sleep(1)
    return len(data)


async def main():
    print(sum(await asyncio.gather(*(hoard(i) for i in range(10_000)))))


asyncio.run(main())
