import asyncio

class AppError(Exception):
    pass

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i % 2:
        try:
            {}["k%d" % i]
        except KeyError as e:
            err = AppError(f"fetch {i}")
            err.add_note(f"while fetching item {i}")
            raise err from e
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(fetch(i))

asyncio.run(main())
