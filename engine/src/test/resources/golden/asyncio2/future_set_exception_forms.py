# Future.set_exception with classes and instances; exception() and result() in each state.
import asyncio


class MyError(Exception):
    pass


async def main():
    loop = asyncio.get_running_loop()
    for exc in (MyError, MyError("inst"), KeyError, asyncio.CancelledError, KeyboardInterrupt()):
        f = loop.create_future()
        try:
            f.set_exception(exc)
        except TypeError as e:
            print(f"{exc!r:<30} TypeError: {e}")
            continue
        print(f"{exc!r:<30} stored {f.exception()!r}")
        f.exception()
    try:
        loop.create_future().set_exception(3)
    except TypeError as e:
        print("TypeError:", e)
    f = loop.create_future()
    for method, args in (("result", ()), ("exception", ())):
        try:
            getattr(f, method)(*args)
        except asyncio.InvalidStateError as e:
            print(method, "InvalidStateError:", e)
    f.cancel("why")
    for method in ("result", "exception"):
        try:
            getattr(f, method)()
        except asyncio.CancelledError as e:
            print(method, "CancelledError args", e.args)
    g = loop.create_future()
    g.set_exception(MyError("later"))
    try:
        await g
    except MyError as e:
        print("await raised", repr(e), "same object:", e is g.exception())
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
