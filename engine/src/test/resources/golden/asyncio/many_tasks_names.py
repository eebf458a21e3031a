import asyncio

async def noop(i):
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    names = await asyncio.gather(*(noop(i) for i in range(5)))
    print(names)
    t = asyncio.create_task(noop(0), name=None)
    print(await t)
    t2 = asyncio.ensure_future(noop(1))
    print(await t2)

asyncio.run(main())
asyncio.run(main())
