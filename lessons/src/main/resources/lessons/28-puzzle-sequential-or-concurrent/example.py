import asyncio

async def wait(label, seconds):
    print(label, "start")
    await asyncio.sleep(seconds)
    print(label, "end")

async def main():
    await wait("A", 1)
    await wait("B", 2)
    c = asyncio.create_task(wait("C", 1))
    d = asyncio.create_task(wait("D", 2))
    await c
    await d
    await asyncio.create_task(wait("E", 1))
    await asyncio.create_task(wait("F", 1))
    print("all done")

asyncio.run(main())
