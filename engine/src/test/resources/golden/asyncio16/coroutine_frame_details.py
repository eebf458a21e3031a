import asyncio, inspect, types, sys

async def worker(a, b=2):
    local = a + b
    await asyncio.sleep(0)
    local += 1
    inner = [local]
    await asyncio.sleep(0)
    return inner

def report(tag, c):
    f = c.cr_frame
    print(tag, inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended if hasattr(c, "cr_suspended") else "-",
          f.f_lineno - worker.__code__.co_firstlineno if f else None,
          sorted(f.f_locals.items()) if f else None, f.f_code.co_name if f else None)

async def main():
    c = worker(1)
    report("created", c)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    report("after 1", c)
    await asyncio.sleep(0)
    report("after 2", c)
    print(await t)
    report("done", c)
    print(isinstance(c, types.CoroutineType), type(c).__name__, c.cr_code is worker.__code__, c.cr_origin)
    print(worker.__code__.co_flags & inspect.CO_COROUTINE != 0, inspect.iscoroutinefunction(worker), inspect.isawaitable(c))
    c2 = worker(5, 6)
    print(inspect.getcoroutinelocals(c2), c2.cr_frame.f_back, c2.cr_frame.f_globals is globals())
    w = c2.__await__()
    print(type(w).__name__, w.__next__() if False else "-", repr(w).split(" at ")[0])
    c2.close()
    print(inspect.getcoroutinelocals(c2))
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name if f.f_back else None, asyncio.current_task().get_coro().cr_frame is f)
    gen = (x async for x in agen())
    print(type(gen).__name__, gen.ag_frame.f_code.co_name, inspect.getasyncgenstate(gen) if hasattr(inspect, "getasyncgenstate") else "no getasyncgenstate")
    await gen.aclose()

async def agen():
    yield 1

asyncio.run(main())
