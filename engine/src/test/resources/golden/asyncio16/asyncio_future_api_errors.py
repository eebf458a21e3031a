import asyncio

class Awaitish:
    def __await__(self):
        yield
        return "awaitish result"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for meth in ("result", "exception"):
        try:
            getattr(f, meth)()
        except asyncio.InvalidStateError as e:
            print(meth, "InvalidStateError:", e)
    try:
        f.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(ValueError)
    print(type(f.exception()).__name__, f.exception().args, f.done())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.result()
    except ValueError as e:
        print("result() raises ValueError", repr(e))
    g = loop.create_future()
    print(g.cancel("because"), g.cancel(), g.cancelled(), repr(g))
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception),
          asyncio.TimeoutError is TimeoutError, asyncio.InvalidStateError.__mro__[1].__name__)
    t = asyncio.ensure_future(Awaitish())
    print(type(t).__name__, t.get_coro().__qualname__ if hasattr(t.get_coro(), "__qualname__") else t.get_coro())
    print(await t)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(Awaitish()), asyncio.iscoroutine(main()) if False else "-")
    r = await asyncio.gather()
    print("empty gather", r)
    async def val(v):
        await asyncio.sleep(0)
        return v
    c = val(1)
    print(await asyncio.gather(c, c, val(2)))
    async def fail(m):
        raise KeyError(m)
    print(await asyncio.gather(fail("a"), val(3), asyncio.sleep(0, "s"), return_exceptions=True))
    g2 = asyncio.gather(asyncio.sleep(1), asyncio.sleep(1))
    await asyncio.sleep(0)
    print("cancel gather", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("gather cancelled", g2.cancelled())
    print(await asyncio.wait_for(val("quick"), timeout=None))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0)
    except TimeoutError:
        print("wait_for timeout=0 on pending raises TimeoutError")
    done_f = loop.create_future()
    done_f.set_result("already")
    print(await asyncio.wait_for(done_f, timeout=0))
    print(await asyncio.to_thread(lambda a, b: a + b, 2, 3))
    print(await loop.run_in_executor(None, sorted, [3, 1, 2]))
    fut = loop.create_future()
    import threading
    threading.Thread(target=lambda: loop.call_soon_threadsafe(fut.set_result, "from thread")).start()
    print(await fut)

asyncio.run(main())
