import asyncio
import sys
import re

def clean(text):
    return re.sub(r"0x[0-9a-f]+", "0x?", re.sub(r'File "[^"]*/', 'File "', text))

async def main():
    loop = asyncio.get_running_loop()
    contexts = [
        {"message": "only a message"},
        {"message": "with exception", "exception": ValueError("bad")},
        {"message": "with custom keys", "zeta": 1, "alpha": [1, 2]},
        {"message": "with future", "future": loop.create_future()},
        {"message": "with handle", "handle": loop.call_soon(print)},
        {},
    ]
    for ctx in contexts:
        try:
            loop.call_exception_handler(ctx)
        except Exception as e:
            print("raised", type(e).__name__, e)
    def handler(l, ctx):
        print("custom handler keys:", sorted(ctx))
        raise RuntimeError("handler itself fails")
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "x"})
    print(loop.get_exception_handler() is handler)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    def bad_cb():
        raise KeyError("in callback")
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    print("loop keeps running")
    class H:
        def __call__(self, l, ctx):
            print("callable object handler:", clean(ctx["message"]).replace(" at " + __file__, " at FILE"))
    loop.set_exception_handler(H())
    loop.call_soon(bad_cb)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    for h in list(loop._scheduled):
        h.cancel()

asyncio.run(main())
