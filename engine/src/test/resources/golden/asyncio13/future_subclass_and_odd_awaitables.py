# Future subclasses, __await__ returning odd things, and awaiting objects in tasks.
import asyncio


class TracingFuture(asyncio.Future):
    def set_result(self, result):
        print("set_result", result)
        super().set_result(result)

    def add_done_callback(self, fn, *, context=None):
        print("add_done_callback", getattr(fn, "__qualname__", type(fn).__name__))
        super().add_done_callback(fn, context=context)


class SleepAwaitable:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        for _ in range(self.n):
            yield
        return f"slept {self.n}"


class BadAwait:
    def __await__(self):
        return [1, 2]


class YieldsInt:
    def __await__(self):
        yield 5


async def main():
    loop = asyncio.get_running_loop()
    f = TracingFuture()
    loop.call_soon(f.set_result, "v")
    print(await f)
    print(repr(f).split(" at ")[0] if " at " in repr(f) else repr(f))
    print(await SleepAwaitable(3))
    t = asyncio.ensure_future(SleepAwaitable(1))
    print(type(t).__name__, await t)
    for bad in (BadAwait(), YieldsInt()):
        try:
            print(await bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        await asyncio.create_task(YieldsInt().__await__())
    except (TypeError, RuntimeError) as e:
        print("create_task(generator):", e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("ensure_future(42):", e)
    f2 = loop.create_future()
    async def setter():
        f2.set_result(1)
        f2.set_result(2)
    try:
        await setter()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3 = loop.create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("pending result:", e)
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("StopIteration:", e)
    fc = loop.create_future()
    try:
        fc.set_exception(asyncio.CancelledError)
        print("CancelledError accepted:", repr(fc.exception()))
    except Exception as e:
        print(type(e).__name__, e)
    f3.set_exception(KeyError)
    print(repr(f3.exception()), f3.done())
    f4 = loop.create_future()
    f4.cancel()
    print(f4.cancel(), f4.cancelled(), f4.set_result is not None)
    it = f4.__await__()
    print(type(it).__name__, iter(it) is it)
    try:
        next(it)
    except asyncio.CancelledError as e:
        print("next on cancelled:", repr(e))
    f5 = loop.create_future()
    it = iter(f5)
    print(next(it) is f5, f5._asyncio_future_blocking)
    f5.set_result(9)
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration value", e.value)
    f.remove_done_callback(print)
    print(f.get_loop() is loop)


asyncio.run(main())
