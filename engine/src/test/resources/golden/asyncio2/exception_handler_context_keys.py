# The loop's exception handler gets a context dict; which keys appear for each kind of failure.
import asyncio


def handler(loop, context):
    keys = sorted(context)
    exc = context.get("exception")
    print(f"handler: {context['message'].replace(__file__, '<file>')!r} keys={keys} exc={exc!r}")


async def fails():
    raise ValueError("task failed")


def bad_callback():
    raise KeyError("cb")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del t
    import gc
    gc.collect()
    loop.call_exception_handler({"message": "custom message"})
    loop.call_exception_handler({"message": "with exception", "exception": OSError(2, "x")})
    loop.set_exception_handler(None)
    print("handler removed:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
