import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(-1, 'neg'), await asyncio.sleep(0, result=[1]))
    print(await asyncio.sleep(0.1, {'a': 1}))
    print(round(loop.time() - t0, 1))
    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
