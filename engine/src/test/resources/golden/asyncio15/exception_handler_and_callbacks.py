import re as _re

_print = print


def print(*args, **kw):
    # Reprs show this file's path and addresses: masked so the output is the same anywhere.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a).replace(__file__, "FILE")) for a in args), **kw)


import asyncio

def cb_raises():
    raise RuntimeError("callback failed")

def done_cb(fut):
    raise ValueError(f"done callback saw {fut.result()}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb_raises)
    fut = loop.create_future()
    fut.add_done_callback(done_cb)
    fut.set_result(7)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    def handler(loop, ctx):
        print("custom handler:", ctx["message"], type(ctx.get("exception")).__name__)
        loop.default_exception_handler(ctx)
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(cb_raises)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "manual report", "extra": 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "no exception here"})
    print("end")

asyncio.run(main())
