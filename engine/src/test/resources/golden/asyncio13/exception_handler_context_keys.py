# call_exception_handler with every context key the default handler knows, printed to stderr.
import asyncio
import sys


class Proto(asyncio.Protocol):
    def __repr__(self):
        return "<Proto>"


class Transport:
    def __repr__(self):
        return "<Transport>"


async def agen():
    yield 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(5)
    h = loop.call_soon(len, "abc")
    contexts = [
        {"message": "only a message"},
        {"message": "with exception", "exception": ValueError("bad")},
        {"message": "with future", "future": fut},
        {"message": "with handle", "handle": h},
        {"message": "with protocol", "protocol": Proto()},
        {"message": "with transport", "transport": Transport()},
        {"message": "with socket", "socket": "sock-text"},
        {"message": "with asyncgen", "asyncgen": "AG"},
        {"message": "custom keys", "zeta": 1, "alpha": [1, 2], "exception": KeyError("k")},
        {},
    ]
    seen = []
    for ctx in contexts:
        loop.call_exception_handler(ctx)
    sys.stderr.flush()
    loop.set_exception_handler(lambda lp, c: seen.append(sorted(c)))
    for ctx in contexts:
        loop.call_exception_handler(ctx)
    print(seen)
    print(loop.get_exception_handler() is not None)

    def bad_handler(lp, c):
        raise RuntimeError("handler broke")
    loop.set_exception_handler(bad_handler)
    loop.call_exception_handler({"message": "first"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("set 42:", e)
    h.cancel()
    print("end")


asyncio.run(main())
