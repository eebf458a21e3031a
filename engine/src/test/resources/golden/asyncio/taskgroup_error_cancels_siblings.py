import asyncio

async def sibling(name, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def failer(d, exc):
    await asyncio.sleep(d)
    raise exc

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling('s1', log))
            tg.create_task(failer(0.1, ValueError('v')))
            tg.create_task(failer(0.1, TypeError('t')))
            tg.create_task(sibling('s2', log))
            await asyncio.sleep(1)
            log.append('never')
    except* ValueError as eg:
        print('ValueError group', [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('TypeError group', [repr(e) for e in eg.exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer(0, KeyError('k')))
    except ExceptionGroup as eg:
        print(eg, eg.exceptions)
    async with asyncio.TaskGroup() as tg:
        pass
    try:
        tg.create_task(sibling('late', log))
    except RuntimeError as e:
        print(str(e).split(' ')[0], 'finished' in str(e))

asyncio.run(main())
