import asyncio, time

def blocking(name, secs):
    print('blocking start', name)
    time.sleep(secs)
    return f'{name} after {secs}'

def broken():
    raise ValueError('in thread')

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.1)
        print('tick', i)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.gather(asyncio.to_thread(blocking, 'a', 0.25), ticker())
    print(r[0], round(loop.time() - t0, 1))
    try:
        await asyncio.to_thread(broken)
    except ValueError as e:
        print('caught', e)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))

asyncio.run(main())
