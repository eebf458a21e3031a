import asyncio

class AppError(Exception):
    pass

async def low():
    await asyncio.sleep(0)
    raise KeyError("low-level")

async def mid():
    try:
        await low()
    except KeyError as e:
        raise AppError("mid failed") from e

async def handler():
    try:
        await mid()
    except AppError as e:
        await asyncio.sleep(0)
        raise RuntimeError("handler failed")

async def suppressed():
    try:
        await low()
    except KeyError:
        raise AppError("clean") from None

async def main():
    for coro in (mid(), handler(), suppressed()):
        try:
            await coro
        except Exception as e:
            print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
                  "| suppress:", e.__suppress_context__)
            if e.__context__ is not None and e.__context__.__context__ is not None:
                print("   deeper context:", repr(e.__context__.__context__))
    t = asyncio.create_task(handler())
    try:
        await asyncio.gather(t)
    except RuntimeError as e:
        print("through gather:", repr(e), repr(e.__context__), repr(e.__context__.__cause__))
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            await low()
    except KeyError as e:
        print("context set across await:", repr(e.__context__))
    await handler()

asyncio.run(main())
