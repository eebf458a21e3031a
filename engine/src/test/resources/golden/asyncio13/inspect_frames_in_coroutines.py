# Frames of coroutines: cr_frame, f_back while running and suspended, getcoroutinelocals, sys._getframe.
import asyncio
import inspect
import sys


def names(frame, limit=6):
    out = []
    while frame is not None and limit:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
        limit -= 1
    return out


async def inner(x):
    y = x * 2
    f = sys._getframe()
    print("inner chain:", names(f)[:3])
    print("caller locals has x?", "x" in f.f_back.f_locals, sorted(f.f_back.f_locals))
    await asyncio.sleep(0)
    print("inner after sleep chain:", names(sys._getframe())[:3])
    return y


async def outer(v):
    local_a = "A"
    r = await inner(v)
    return r + 1


async def main():
    c = outer(5)
    print("unstarted:", inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    print("cr_frame f_back:", c.cr_frame.f_back, c.cr_frame.f_lineno == outer.__code__.co_firstlineno)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("suspended:", inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    print("cr_frame.f_back while suspended:", c.cr_frame.f_back)
    aw = c.cr_await
    print("awaiting:", type(aw).__name__, aw.cr_code.co_name, sorted(inspect.getcoroutinelocals(aw)))
    print("lineno inside:", aw.cr_frame.f_lineno - inner.__code__.co_firstlineno)
    print(await t)
    print("closed:", inspect.getcoroutinestate(c), c.cr_frame, inspect.getcoroutinelocals(c))

    def gen():
        z = 1
        yield sys._getframe().f_back.f_code.co_name
        z += 1
        yield z
    g = gen()
    print(inspect.getgeneratorlocals(g), next(g), inspect.getgeneratorlocals(g), inspect.getgeneratorstate(g))

    async def agen():
        k = 3
        yield k
    ag = agen()
    print(ag.ag_frame.f_code.co_name, ag.ag_running, ag.ag_await)
    print(await ag.__anext__(), ag.ag_frame.f_locals)
    await ag.aclose()
    print(ag.ag_frame)
    me = asyncio.current_task().get_coro()
    print("my frame is running:", me.cr_running, me.cr_frame is sys._getframe())
    print("f_back of main frame:", sys._getframe().f_back.f_code.co_name)
    try:
        inspect.getcoroutinelocals(g)
    except Exception as e:
        print(type(e).__name__)
    else:
        print("getcoroutinelocals(gen) ok:", inspect.getcoroutinelocals(g))


asyncio.run(main())
