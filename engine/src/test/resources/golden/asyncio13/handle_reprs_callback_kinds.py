# How a Handle describes its callback: functions, lambdas, bound methods, partials (nested too),
# builtins, classes, callable instances, and long or odd arguments.
import asyncio
import functools
import re


def clean(s):
    return re.sub(r" at 0x[0-9a-f]+", "", re.sub(r"/[^ ]*/", "", s))


def f(*args, **kw):
    pass


class Obj:
    def method(self, x):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    def __call__(self, *a):
        pass

    def __repr__(self):
        return "<Obj>"


async def coro_fn():
    pass


async def main():
    loop = asyncio.get_running_loop()
    o = Obj()
    callbacks = [
        (f, ()), (f, (1, "two", [3])), (lambda: None, ()), (o.method, (5,)), (Obj.cm, ()), (Obj.sm, ()),
        (functools.partial(f, 1), (2,)), (functools.partial(functools.partial(f, 1), 2), ()),
        (functools.partial(f, k=1), ()), (functools.partial(o.method), (1,)),
        (print, ("x" * 50,)), ([].append, (1,)), (len, ("abc",)), (Obj, ()), (o, (1, 2)),
        (f, (o, None, 1.5, b"b", {"k": (1,)})), (coro_fn, ()), (functools.partialmethod, ()),
    ]
    for cb, args in callbacks:
        h = loop.call_soon(cb, *args)
        print(clean(repr(h)))
        h.cancel()
        print("  ", clean(repr(h)))
    th = loop.call_later(10, functools.partial(f, 1), 2)
    print(clean(re.sub(r"when=[0-9.]+", "when=W", repr(th))))
    th.cancel()


asyncio.run(main())
