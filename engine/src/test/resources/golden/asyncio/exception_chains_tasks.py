# Exceptions crossing task boundaries keep their chain; raising a task's
# exception again gives a fresh traceback; the uncaught error at the end.
import asyncio


def frames(tb):
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names

async def low():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e

async def mid():
    await asyncio.create_task(low())

async def main():
    t = asyncio.create_task(mid())
    try:
        await t
    except ValueError as e:
        print("cause:", repr(e.__cause__))
        print("frames:", frames(e.__traceback__))
    try:
        await t
    except ValueError as e:
        print("again:", frames(e.__traceback__))
    try:
        raise OSError("while handling")
    except OSError:
        try:
            await t
        except ValueError as e:
            print("context:", repr(e.__context__))
    await asyncio.create_task(mid())

asyncio.run(main())
