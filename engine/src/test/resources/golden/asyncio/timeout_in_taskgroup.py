import asyncio

async def slow(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def main():
    log = []
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow('a', log))
                tg.create_task(slow('b', log))
    except TimeoutError as e:
        print('timeout', type(e.__context__).__name__)
    print(log)
    log.clear()
    async with asyncio.TaskGroup() as tg:
        async def guarded():
            try:
                async with asyncio.timeout(0.1):
                    await slow('c', log)
            except TimeoutError:
                log.append('c timed out inside')
                return 'c handled'
        t = tg.create_task(guarded())
    print(log, t.result())

asyncio.run(main())
