# call_exception_handler with assorted contexts, through the default handler (stderr) and a custom one.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(3)
    h = loop.call_soon(print, "never")
    h.cancel()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    loop.call_exception_handler({"message": "only a message"})
    loop.call_exception_handler({"message": "with exception", "exception": err})
    loop.call_exception_handler({"message": "with future", "future": fut})
    loop.call_exception_handler({"message": "with extra keys", "zeta": 1, "alpha": [1, 2],
                                 "handle": h})
    loop.call_exception_handler({"exception": ValueError("no message")})
    loop.call_exception_handler({"message": "multi\nline message", "note": "a\nb"})
    loop.call_exception_handler({})

    seen = []
    def custom(lp, context):
        seen.append(sorted(context))
        if context.get("message") == "delegate":
            lp.default_exception_handler(context)
        if context.get("message") == "explode":
            raise KeyError("handler failed")
    loop.set_exception_handler(custom)
    print(loop.get_exception_handler() is custom)
    loop.call_exception_handler({"message": "custom one", "task": asyncio.current_task()})
    loop.call_exception_handler({"message": "delegate", "exception": err})
    loop.call_exception_handler({"message": "explode"})
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
    print("done")

asyncio.run(main())
