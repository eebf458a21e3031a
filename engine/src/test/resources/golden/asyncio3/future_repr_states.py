import asyncio

def short(r):
    return r.replace(" at ", "@").split("@")[0] if False else r

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f).split(" cb=")[0], "cb=" in repr(f))
    f.remove_done_callback(print)
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel("why")
    print(repr(h))
    print(str(h) == repr(h))
    k = loop.create_future()
    k.set_result("x" * 100)
    print(repr(k))
    class R:
        def __repr__(self):
            return "<R>"
    m = loop.create_future()
    m.set_result(R())
    print(m)
    try:
        m.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)
    n = loop.create_future()
    try:
        n.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    n.set_exception(KeyError)
    print(repr(n.exception()))

asyncio.run(main())
