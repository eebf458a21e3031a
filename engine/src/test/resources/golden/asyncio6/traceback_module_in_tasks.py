import asyncio, traceback, sys

async def inner():
    traceback.print_stack(limit=None)
    print("format_stack entries end with inner:", traceback.format_stack()[-1].splitlines()[0].split()[-1])
    raise ValueError("from inner")

async def middle():
    try:
        await inner()
    except ValueError:
        traceback.print_exc()
        print("format_exc last line:", traceback.format_exc().splitlines()[-1])
        etype, e, tb = sys.exc_info()
        print("tb frames:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
        raise RuntimeError("middle failed")

async def main():
    t = asyncio.create_task(middle())
    try:
        await t
    except RuntimeError as e:
        lines = traceback.format_exception(e)
        print("".join(lines).count("During handling"), "chained")
        print(traceback.format_exception_only(type(e), e))
        print("".join(traceback.format_tb(e.__traceback__)).count("File "), "user frames")

asyncio.run(main())
