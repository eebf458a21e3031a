import asyncio

async def bad_cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        raise ValueError('cleanup failed')

async def main():
    try:
        await asyncio.wait_for(bad_cleanup(), 0.1)
    except TimeoutError:
        print('TimeoutError')
    except ValueError as e:
        print('ValueError', e, type(e.__context__).__name__)
    try:
        async with asyncio.timeout(0.1):
            await bad_cleanup()
    except TimeoutError:
        print('TimeoutError 2')
    except ValueError as e:
        print('ValueError 2', e, type(e.__context__).__name__)

asyncio.run(main())
