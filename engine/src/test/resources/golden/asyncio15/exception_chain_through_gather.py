import asyncio

class AppError(Exception):
    pass

async def fetch(i):
    await asyncio.sleep(0)
    if i == 1:
        raise KeyError(f"missing {i}")
    return i

async def load(i):
    try:
        return await fetch(i)
    except KeyError as e:
        raise AppError(f"load {i} failed") from e

async def handler():
    try:
        await asyncio.gather(load(0), load(1))
    except AppError:
        raise RuntimeError("handler crashed")

async def main():
    t = asyncio.create_task(handler())
    try:
        await t
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
        print(e.__suppress_context__, e.__context__.__suppress_context__)
    await handler()

asyncio.run(main())
