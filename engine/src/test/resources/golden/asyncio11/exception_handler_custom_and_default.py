import asyncio

def handler(loop, context):
    keys = sorted(context)
    print("handler:", context["message"].replace(__file__, "F"), keys)
    exc = context.get("exception")
    if exc:
        print("  exc:", repr(exc))

async def bad():
    raise ValueError("task failed")

def bad_cb():
    raise KeyError("cb failed")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_cb)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom msg", "extra": 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "default now", "extra": 1, "future": None})
    loop.call_exception_handler({"message": "with exc", "exception": OSError(2, "nope")})
    def raising_handler(loop, ctx):
        raise RuntimeError("handler broke")
    loop.set_exception_handler(raising_handler)
    loop.call_exception_handler({"message": "x"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError", e)
    print("end")

asyncio.run(main())
