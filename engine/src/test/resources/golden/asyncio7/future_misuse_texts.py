import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for name in ("result", "exception"):
        try:
            getattr(f, name)()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    f.set_result(1)
    for setter, arg in (("set_result", 2), ("set_exception", ValueError())):
        try:
            getattr(f, setter)(arg)
        except asyncio.InvalidStateError as e:
            print(setter, "->", e)
    print("cancel done:", f.cancel(), f.cancelled(), f.result())
    g = loop.create_future()
    print("cancel pending:", g.cancel("why"), g.cancel("again"))
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("result of cancelled:", repr(e))
    try:
        g.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set on cancelled:", e)
    h = loop.create_future()
    for bad in (StopIteration, StopIteration("x"), asyncio.CancelledError):
        try:
            h.set_exception(bad)
        except TypeError as e:
            print("TypeError:", e)
    h.set_exception(KeyError)
    print(repr(h.exception()))
    h.exception()

asyncio.run(main())
