import asyncio

async def value():
    await asyncio.sleep(0)
    return 'v'

async def main():
    t = asyncio.create_task(value())
    a = await t
    b = await t
    print(a, b, await asyncio.gather(t, t))
    async def waits_on(x):
        return await x
    print(await asyncio.gather(waits_on(t), waits_on(t)))
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print(str(e).split(' coro=')[0])

asyncio.run(main())
