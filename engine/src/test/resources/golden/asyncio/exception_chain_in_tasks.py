import asyncio

async def low():
    raise KeyError('low')

async def mid():
    try:
        await low()
    except KeyError as e:
        raise ValueError('mid') from e

async def high():
    try:
        await mid()
    except ValueError:
        raise RuntimeError('high')

async def main():
    t = asyncio.create_task(high())
    try:
        await t
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
        print(e.__suppress_context__, e.__context__.__suppress_context__)
    await high()

asyncio.run(main())
