# loop.default_exception_handler / call_exception_handler messages for different contexts
import asyncio
import sys

def cb_fail(x):
    raise ZeroDivisionError(x)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "just a message"})
    loop.call_exception_handler({"message": "with exc", "exception": ValueError("v")})
    fut = loop.create_future()
    fut.set_result(1)
    loop.call_exception_handler({"message": "with future", "future": fut, "extra": [1, 2]})
    loop.call_exception_handler({"message": "no exception key", "exception": None, "z": "last", "a": "first"})
    h = loop.call_soon(cb_fail, 7)
    await asyncio.sleep(0)
    print("handler now:", loop.get_exception_handler())
    seen = []
    def handler(loop_, ctx):
        seen.append(sorted(ctx))
        print("custom:", ctx["message"], type(ctx.get("exception")).__name__, file=sys.stderr)
        loop_.default_exception_handler(ctx)
    loop.set_exception_handler(handler)
    print("handler set:", loop.get_exception_handler() is handler)
    loop.call_soon(cb_fail, 8)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "direct"})
    print(seen)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    def broken(loop_, ctx):
        raise RuntimeError("handler broke")
    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "to broken"})
    loop.set_exception_handler(None)
    print("end")

asyncio.run(main())
