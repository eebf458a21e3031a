# Common mistake: passing a list to gather instead of unpacking it.
import asyncio


async def job(n):
    return n


async def main():
    coros = [job(1), job(2)]
    results = await asyncio.gather(coros)
    print(results)


asyncio.run(main())
