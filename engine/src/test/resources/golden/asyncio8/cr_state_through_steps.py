import asyncio
import inspect
import types

def states(c):
    return (inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended,
            type(c.cr_await).__name__, c.cr_frame is not None and c.cr_frame.f_lineno)

@types.coroutine
def raw_yield(v):
    got = yield v
    return got

async def inner():
    x = await raw_yield("first")
    y = await raw_yield("second")
    return x + y

async def outer():
    r = await inner()
    return r * 2

c = outer()
print(states(c))
print(c.send(None), states(c))
print(c.cr_await.__name__, inspect.getcoroutinestate(c.cr_await))
print(type(c.cr_await.cr_await).__name__, c.cr_await.cr_await.gi_running)
print(c.send(10), states(c))
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value, states(c))

async def in_loop():
    me = asyncio.current_task().get_coro()
    print("inside", states(me)[:3])
    await asyncio.sleep(0)
    return {k: type(v).__name__ for k, v in inspect.getcoroutinelocals(me).items()}

async def main():
    t = asyncio.create_task(in_loop())
    c = t.get_coro()
    print("created", states(c))
    await asyncio.sleep(0)
    print("after first step", states(c))
    print(await t)
    print("finished", states(c))
    g = in_loop()
    g.close()
    print("closed unstarted", states(g))

asyncio.run(main())
