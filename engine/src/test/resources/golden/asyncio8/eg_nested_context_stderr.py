import asyncio

async def leaf(n):
    await asyncio.sleep(0)
    raise ValueError(n)

async def mid():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf(1))
            tg.create_task(leaf(2))
    finally:
        pass

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(mid())
            tg.create_task(leaf(3))
    except* ValueError as eg:
        print("matched", eg.exceptions)
        try:
            raise TypeError("while handling")
        except TypeError:
            raise

asyncio.run(main())
