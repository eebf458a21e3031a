import asyncio

async def f(e):
    await asyncio.sleep(0)
    raise e

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(f(ValueError(1)))
            tg.create_task(f(ValueError(2)))
            tg.create_task(f(KeyError(3)))
    except* ValueError as g:
        print('values', [str(e) for e in g.exceptions])
        raise
    except* KeyError as g:
        print('keys', g.exceptions)

try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print('outer', eg.message, [type(e).__name__ for e in eg.exceptions])
    v, rest = eg.split(ValueError)
    print(v is not None, rest)
