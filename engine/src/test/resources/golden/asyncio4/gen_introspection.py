import asyncio, types

def inner():
    yield 1
    return "inner-done"

def outer():
    r = yield from inner()
    yield r

g = outer()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_frame.f_lineno, g.gi_code.co_name)
next(g)
print(g.gi_suspended, type(g.gi_yieldfrom).__name__, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
print(next(g), g.gi_yieldfrom)
g.close()
print(g.gi_frame, g.gi_suspended, g.gi_running)

async def leaf():
    await asyncio.sleep(0)

async def mid():
    await leaf()

async def main():
    c = mid()
    print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame.f_lineno, c.cr_origin)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print(c.cr_suspended, type(c.cr_await).__name__, c.cr_await.cr_await.__class__.__name__, c.cr_frame.f_lineno)
    await t
    print(c.cr_frame, c.cr_await, c.cr_suspended)
    async def agen():
        await asyncio.sleep(0)
        yield 1
    ag = agen()
    print(ag.ag_running, ag.ag_await, ag.ag_frame.f_lineno, ag.ag_code.co_name, hasattr(ag, "ag_suspended"))
    print(await ag.__anext__(), ag.ag_frame.f_lineno, ag.ag_await)
    await ag.aclose()
    print(ag.ag_frame)
    print(type(mid).__name__, mid.__code__.co_flags & 0x80 != 0, types.CoroutineType, type(ag.asend(None)).__name__)
asyncio.run(main())
