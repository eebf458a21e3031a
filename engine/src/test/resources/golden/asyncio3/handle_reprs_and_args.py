import asyncio, functools

def cb(*args, **kw):
    print("cb", args, kw)

class Caller:
    def method(self, x):
        print("method", x)
    def __call__(self, y):
        print("called", y)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, 1, "two")
    h2 = loop.call_soon(functools.partial(cb, 3, k=4), 5)
    h3 = loop.call_soon(Caller().method, 6)
    h4 = loop.call_soon(Caller(), 7)
    h5 = loop.call_soon(print, "cancelled?")
    h5.cancel()
    print(h5.cancelled(), h1.cancelled())
    t = loop.call_later(10, cb, "late")
    print(type(t).__name__, t.cancelled(), round(t.when() - loop.time()))
    t.cancel()
    print("cancel twice", t.cancel(), t.cancelled())
    for h in (h1, h2, h5):
        r = repr(h)
        print(r[:r.find(" at ")] if " at " in r else r)
    try:
        loop.call_soon(cb, x=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    print(t.cancelled(), h1 == h1, h1 != h2)
    try:
        hash(t)
        print("hashable timer")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
