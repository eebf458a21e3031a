import asyncio

async def deep(n):
    if n == 0:
        raise LookupError('bottom')
    await deep(n - 1)

async def main():
    t = asyncio.create_task(deep(3))
    await asyncio.sleep(0)
    try:
        await t
    except LookupError as e:
        raise RuntimeError('wrapped') from e

asyncio.run(main())
