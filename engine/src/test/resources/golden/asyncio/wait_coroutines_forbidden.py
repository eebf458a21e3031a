import asyncio

async def c():
    return 1

async def main():
    coro = c()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print('TypeError:', e)
    coro.close()
    t = asyncio.create_task(c())
    done, pending = await asyncio.wait({t})
    print(len(done), len(pending), t.result())
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
