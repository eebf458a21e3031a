# custom exception handler: the context keys for callbacks, tasks, futures; default handler fallback
import asyncio

def handler(loop, ctx):
    keys = sorted(ctx)
    exc = ctx.get("exception")
    print("handler:", ctx["message"].split(" at /")[0].split(" at ")[0], keys, type(exc).__name__ if exc else None)
    if "handle" in ctx:
        print("  handle:", type(ctx["handle"]).__name__)
    if ctx["message"].startswith("boom"):
        loop.default_exception_handler(ctx)

def bad_cb():
    raise ZeroDivisionError("cb")

async def bad_task():
    raise KeyError("task")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_cb)
    t = loop.create_task(bad_task())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    f = loop.create_future()
    f.set_exception(ValueError("fut"))
    del f
    loop.call_exception_handler({"message": "custom message", "extra": 1})
    loop.call_exception_handler({"message": "boom from user", "exception": OSError(2, "nope")})
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "plain default"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
