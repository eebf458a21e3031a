# Future's await protocol by hand: __await__, send, _asyncio_future_blocking, yield from in types.coroutine
import asyncio
import types

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, iter(it) is it)
    print(fut._asyncio_future_blocking)
    first = it.send(None)
    print(first is fut, fut._asyncio_future_blocking)
    fut.set_result(5)
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
    f2 = loop.create_future()
    it2 = iter(f2)
    next(it2)
    try:
        next(it2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    f2.cancel()
    f3 = loop.create_future()
    f3.set_exception(ValueError("v"))
    try:
        f3.__await__().send(None)
    except ValueError as e:
        print("ValueError from send:", e)
    @types.coroutine
    def legacy(f):
        return (yield from f)
    f4 = loop.create_future()
    loop.call_soon(f4.set_result, "legacy ok")
    print(await legacy(f4))
    f5 = loop.create_future()
    f5._asyncio_future_blocking = False
    try:
        f5._asyncio_future_blocking = True
    except ValueError as e:
        print("ValueError:", e)
    class Awaitable:
        def __init__(self, fut):
            self.fut = fut
        def __await__(self):
            print("  yielding the future")
            v = yield from self.fut.__await__()
            print("  got", v)
            return v * 2
    f6 = loop.create_future()
    loop.call_later(0.01, f6.set_result, 21)
    print(await Awaitable(f6))
    w = asyncio.ensure_future(Awaitable(asyncio.sleep(0, 4)))
    print(type(w).__name__, await w)

asyncio.run(main())
