import asyncio

class AppError(Exception):
    pass

async def fails():
    try:
        {}["missing"]
    except KeyError as e:
        raise AppError("lookup failed") from e

async def fails_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise AppError("implicit")

async def suppressed():
    try:
        int("x")
    except ValueError:
        raise AppError("hidden") from None

async def main():
    for fn in (fails, fails_context, suppressed):
        t = asyncio.create_task(fn())
        try:
            await t
        except AppError as e:
            print(fn.__name__, repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
            print("  same object as task.exception():", t.exception() is e)
    try:
        await asyncio.gather(fails(), fails_context())
    except AppError as e:
        print("gather", e, type(e.__context__).__name__)
    try:
        try:
            raise RuntimeError("outer")
        except RuntimeError:
            await fails()
    except AppError as e:
        print("cause", type(e.__cause__).__name__, "ctx", type(e.__context__).__name__)
        print("cause ctx", repr(e.__cause__.__context__))

asyncio.run(main())
