import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(3)
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({"message": "with extras", "answer": 42, "names": ["a", "b"]})
    try:
        raise OSError(5, "disk on fire")
    except OSError as e:
        loop.call_exception_handler({"message": "with exception", "exception": e, "future": fut})
    loop.call_exception_handler({})
    print("handler is", loop.get_exception_handler())
    seen = []
    def handler(lp, ctx):
        seen.append(sorted(ctx))
        lp.default_exception_handler(ctx)
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "via custom", "zeta": 1, "alpha": 2})
    print(seen)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    print("reset:", loop.get_exception_handler())

asyncio.run(main())
