import asyncio

async def child(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append('child finally')

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log))
            await asyncio.sleep(0)
            raise ZeroDivisionError('body')
    except* ZeroDivisionError as eg:
        print('caught', eg.exceptions)
    print(log)
    t = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(log))
            await asyncio.sleep(0)
            t.cancel()
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('body cancelled; uncancel ->', t.cancelling())
    print(log)

asyncio.run(main())
