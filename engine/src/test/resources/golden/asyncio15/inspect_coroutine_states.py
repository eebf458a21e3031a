import re as _re

_print = print


def print(*args, **kw):
    # Object reprs show addresses: masked so the output is the same from run to run.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a)) for a in args), **kw)


import asyncio, inspect, types

async def worker(ev, tag):
    local_value = tag * 2
    await ev.wait()
    return local_value

def g():
    x = 1
    yield x

async def main():
    ev = asyncio.Event()
    c = worker(ev, 3)
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    print(inspect.iscoroutine(c), inspect.isawaitable(t), inspect.isawaitable(c), inspect.isawaitable(g()))
    print(inspect.iscoroutinefunction(worker), inspect.isasyncgenfunction(worker), inspect.isgeneratorfunction(g))
    print(inspect.getcoroutinestate(asyncio.current_task().get_coro()))
    ev.set()
    await t
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    gen = g()
    print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
    next(gen)
    print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
    gen.close()
    print(inspect.getgeneratorstate(gen))
    fr = inspect.currentframe()
    print(fr.f_code.co_name, fr.f_back is not None, inspect.getframeinfo(fr).function)
    st = inspect.stack()
    print([fi.function for fi in st if fi.filename == __file__])
    print(inspect.signature(worker), inspect.signature(asyncio.sleep))
    sig = inspect.signature(lambda a, /, b=2, *args, c, **kw: None)
    print(sig, [(p.name, p.kind.name) for p in sig.parameters.values()])
    print(sig.bind(1, c=3).arguments)
    try:
        sig.bind()
    except TypeError as e:
        print("TypeError:", e)
    print(inspect.isfunction(worker), inspect.ismethod(ev.set), inspect.isbuiltin(len), inspect.isclass(asyncio.Event))
    print(inspect.getmodule(worker).__name__, inspect.unwrap(worker) is worker)
    print(sorted(n for n, _ in inspect.getmembers(ev, inspect.ismethod)))

asyncio.run(main())
