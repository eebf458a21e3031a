import asyncio

async def fail(msg):
    raise ValueError(msg)

async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(fail('unretrieved'))
    t2 = asyncio.create_task(fail('retrieved'))
    await asyncio.sleep(0)
    print(t2.exception())
    f = loop.create_future()
    f.set_exception(KeyError('future never retrieved'))
    del f
    print('deleted future')
    t1 = None
    print('dropped task')
    await asyncio.sleep(0)
    print('end of main')

asyncio.run(main())
print('after run')
