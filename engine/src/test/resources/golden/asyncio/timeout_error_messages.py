import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(1)
    print(repr(t).split(' at ')[0] if ' at ' in repr(t) else repr(t)[:30])
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print(e)
    async with t:
        pass
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print(e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0.1) as t2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('expired', t2.expired(), repr(e))

asyncio.run(main())
