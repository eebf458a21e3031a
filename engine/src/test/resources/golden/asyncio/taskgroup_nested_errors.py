import asyncio

async def boom(x, d):
    await asyncio.sleep(d)
    raise ValueError(x)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom('i1', 0.1))
        tg.create_task(boom('i2', 0.1))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(boom('o1', 0.2))
    except* ValueError as eg:
        def walk(e, depth=0):
            print('  ' * depth + repr(e) if not isinstance(e, BaseExceptionGroup) else '  ' * depth + f'group: {e.message} ({len(e.exceptions)})')
            if isinstance(e, BaseExceptionGroup):
                for sub in e.exceptions:
                    walk(sub, depth + 1)
        walk(eg)

asyncio.run(main())
