# What create_task / ensure_future / gather accept: async generator steps, wrappers, futures, generators
import asyncio
import re

def r(x):
    return re.sub(r" at 0x[0-9a-f]+", "", re.sub(r"at /[^ >]*/", "at ", repr(x)))

async def agen():
    yield 1
    yield 2

async def coro():
    return "c"

async def main():
    g = agen()
    step = g.__anext__()
    try:
        asyncio.create_task(step)
    except TypeError as e:
        print("create_task:", r(str(e)))
    t = asyncio.ensure_future(step)
    print(r(t))
    print(await t)
    print(await asyncio.gather(g.__anext__(), coro()))
    w = coro().__await__()
    try:
        asyncio.ensure_future(w)
    except TypeError as e:
        print("wrapper:", e)
    w.close()
    print(await asyncio.gather())
    f = asyncio.gather()
    print(type(f).__name__, f.done(), f.result())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.ensure_future(fut) is fut)
    t2 = asyncio.ensure_future(coro())
    print(asyncio.ensure_future(t2) is t2, await t2)
    try:
        await asyncio.wait([coro()])
    except TypeError as e:
        print("wait:", e)
    try:
        for x in asyncio.as_completed([]):
            pass
        print("as_completed([]) yields nothing")
    except Exception as e:
        print(type(e).__name__, e)
    async def inner_ret():
        return coro()
    c = await inner_ret()
    print("returned a coroutine:", type(c).__name__, await c)
    try:
        await g.aclose()
        await g.__anext__()
    except StopAsyncIteration:
        print("closed agen: StopAsyncIteration")

asyncio.run(main())
