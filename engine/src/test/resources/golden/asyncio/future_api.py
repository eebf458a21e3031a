# Future API: set_exception with a class, StopIteration refused, InvalidStateError
# texts, callbacks added before/after done, remove_done_callback counts,
# get_loop, awaiting a future twice, cancel messages.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.get_loop() is loop, f.done(), f.cancelled())
    f.set_exception(KeyError)
    print(repr(f.exception()))
    for bad in (StopIteration, StopIteration("x")):
        g = loop.create_future()
        try:
            g.set_exception(bad)
        except TypeError as e:
            print(e)
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set_result on done:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception on done:", e)
    print("cancel done future:", f.cancel())

    g = loop.create_future()
    calls = []
    cb = lambda fut: calls.append("cb")
    for _ in range(3):
        g.add_done_callback(cb)
    g.add_done_callback(lambda fut: calls.append("other"))
    print("removed:", g.remove_done_callback(cb), g.remove_done_callback(cb))
    g.set_result("r")
    await asyncio.sleep(0)
    print(calls)
    print("await twice:", await g, await g)

    h = loop.create_future()
    h.cancel("the reason")
    for _ in range(2):
        try:
            await h
        except asyncio.CancelledError as e:
            print("await cancelled:", e.args)
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)

    print(asyncio.isfuture(g), asyncio.isfuture(asyncio.sleep), asyncio.isfuture(asyncio.Future))
    it = g.__await__()
    print(type(it).__name__)
    try:
        next(it)
    except StopIteration as e:
        print("done future's iterator stops with", e.value)
    p = loop.create_future()
    it = iter(p)
    print(next(it) is p, p._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print(e)
    p.cancel()
    try:
        loop.create_future()._log_traceback = True
    except ValueError as e:
        print(e)
    fut = asyncio.Future()
    print(fut.get_loop() is loop)

asyncio.run(main())
