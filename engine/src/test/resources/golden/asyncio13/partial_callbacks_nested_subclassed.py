# functools.partial as loop callbacks: nested partials collapse into one, a partial subclass is
# still callable (and shows its own name), and done-callbacks built from partials.
import asyncio
import functools
import re


def clean(s):
    return re.sub(r" at 0x[0-9a-f]+", "", re.sub(r"/[^ ]*/", "", s))


def report(tag, *args, **kw):
    print("report", tag, args, kw)


class Tagged(functools.partial):
    pass


class Loud(functools.partial):
    def __call__(self, *a, **k):
        print("Loud call")
        return super().__call__(*a, **k)


async def main():
    loop = asyncio.get_running_loop()
    base = functools.partial(report, "base", 1, k=1)
    nested = functools.partial(base, 2, k=2, j=3)
    print(nested.func is report, nested.args, nested.keywords)
    print(clean(repr(nested)))
    t = Tagged(report, "tagged")
    print(callable(t), clean(repr(t)), type(functools.partial(t, 9).func).__name__)
    wrapped = Tagged(base, "x")
    print(type(wrapped).__name__, wrapped.func is report, wrapped.args)
    loud = Loud(report, "loud")
    print(functools.partial(loud, 1).func is loud)
    attributed = functools.partial(report, "attr")
    attributed.note = "kept"
    print(functools.partial(attributed, 1).func is attributed)
    for cb in (nested, t, wrapped, functools.partial(loud, 0), functools.partial(attributed, 1)):
        h = loop.call_soon(cb)
        print(clean(repr(h)))
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(functools.partial(report, "done"), "extra"))
    fut.add_done_callback(Tagged(report, "tagged-done"))
    print(clean(repr(fut)))
    fut.set_result(1)
    await asyncio.sleep(0)

    class Door:
        async def move(self, how, speed=1):
            return f"{how} at {speed}"
        open = functools.partialmethod(move, "open")
        slam = functools.partialmethod(move, "close", speed=9)
    for pm in (Door.__dict__["open"], Door.__dict__["slam"], functools.partialmethod(report)):
        print(clean(repr(pm)))
    print(await Door().open(), await Door().slam())


asyncio.run(main())
