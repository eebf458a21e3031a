import asyncio

async def coro(n):
    return n

async def main():
    coro(1)
    print('after bare call')
    c = coro(2)
    del c
    print('after del')
    try:
        await asyncio.wait_for(coro(5), timeout='bad')
    except TypeError as e:
        print('TypeError', e)
    print(await coro(6))

asyncio.run(main())
print('done')
