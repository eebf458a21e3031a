import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner expired', inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print('outer expired', outer.expired())
    async with asyncio.timeout(None) as t:
        print(t.when())
        t.reschedule(loop.time() + 0.1)
        try:
            await asyncio.sleep(0.01)
        except TimeoutError:
            pass
    print('not expired', t.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
    except TimeoutError as e:
        print('already past', repr(e), type(e.__cause__).__name__ if e.__cause__ else None, type(e.__context__).__name__)

asyncio.run(main())
