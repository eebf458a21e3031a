# `await f(...)` entered by the CALL itself: what the awaited coroutine and its caller see must be
# what GET_AWAITABLE/SEND would give (frames, cr_running, cr_await, errors, recursion, kwargs).
import asyncio
import sys


async def inner(x, scale=1, *, shift=0):
    me = sys._getframe()
    caller = me.f_back
    return x * scale + shift, caller.f_code.co_name, me.f_code.co_name


async def watcher(outer):
    # The caller's coroutine is running and awaiting this one.
    return outer.cr_running, type(outer.cr_await).__name__


async def failing(n):
    if n == 0:
        raise ValueError("bottom")
    return await failing(n - 1)


async def deep(n):
    return 0 if n == 0 else await deep(n - 1) + 1


async def split():
    v = await \
        inner(5)
    return v


async def main():
    print(await inner(1))
    print(await inner(2, 3))
    print(await inner(2, scale=4, shift=1))
    me = asyncio.current_task().get_coro()
    print(await watcher(me))
    try:
        await failing(3)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("error:", e, names)
    print(await deep(50))
    try:
        await deep(5000)
    except RecursionError as e:
        print("recursion:", type(e).__name__)
    print(await split())
    sys.set_coroutine_origin_tracking_depth(2)
    c = inner(7)
    print(c.cr_origin is not None, await c)
    sys.set_coroutine_origin_tracking_depth(0)
    print(await deep(3), await asyncio.sleep(0, "slept"))


asyncio.run(main())
