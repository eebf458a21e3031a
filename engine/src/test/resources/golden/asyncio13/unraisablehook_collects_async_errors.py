# sys.unraisablehook collecting what asyncio programs cannot catch: errors in __del__, in weakref
# callbacks, a coroutine closed with an error, never-awaited warnings made errors; then the
# default hook called by hand, and a hook that fails itself.
import asyncio
import gc
import sys
import warnings
import weakref

seen = []


def collect(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__,
                 u.exc_traceback is not None))


class Holder:
    def __del__(self):
        raise RuntimeError("del failed")


class Target:
    pass


async def never():
    return 1


async def main():
    h = Holder()
    await asyncio.sleep(0)
    del h
    t = Target()
    r = weakref.ref(t, lambda ref: 1 / 0)
    del t
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        never()
        gc.collect()
    await asyncio.sleep(0)


print(sys.unraisablehook is sys.__unraisablehook__, type(sys.__unraisablehook__).__name__)
sys.unraisablehook = collect
asyncio.run(main())
for row in seen:
    print(row)
print(type(seen and None), len(seen))


def broken(u):
    raise ValueError("hook broke")


sys.unraisablehook = broken
Holder()
sys.unraisablehook = sys.__unraisablehook__
Holder()
print("done")
