# Handle/TimerHandle reprs and methods, the callback descriptions asyncio builds.
import asyncio
import functools


def clean(x):
    # CPython names the script by its absolute path; the comparison does not depend on where it ran.
    return (x if isinstance(x, str) else repr(x)).replace(__file__, "<file>")

def greet(name, punct="!"):
    return name + punct

class Thing:
    def method(self, x):
        return x

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "world")
    print(clean(h))
    p = loop.call_soon(functools.partial(greet, punct="?"), "partial")
    print(clean(p))
    b = loop.call_soon(print, "x" * 40, 12345678901234567890123456789012345678901234567890)
    print(clean(b))
    b.cancel()
    print(clean(b), b.cancelled())
    m = loop.call_soon(Thing().method, [1, 2, 3, 4, 5, 6, 7, 8])
    print(clean(m))
    t = loop.call_later(10, greet, "later")
    print(type(t).__name__, t.when() > loop.time(), repr(t).startswith("<TimerHandle when="))
    t.cancel()
    print(repr(t).startswith("<TimerHandle cancelled when="))
    lam = loop.call_soon(lambda: None)
    print(clean(lam))
    await asyncio.sleep(0)
    print(isinstance(h, asyncio.Handle), isinstance(t, asyncio.TimerHandle), isinstance(t, asyncio.Handle))

asyncio.run(main())
