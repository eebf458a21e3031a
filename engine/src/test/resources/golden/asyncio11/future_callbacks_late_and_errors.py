import asyncio, functools

def cb(tag, fut):
    print("cb", tag, fut.result() if not fut.cancelled() else "cancelled")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, "A"))
    f.add_done_callback(functools.partial(cb, "B"))
    f.add_done_callback(functools.partial(cb, "A"))
    print("removed", f.remove_done_callback(functools.partial(cb, "A")))
    loop.call_soon(print, "soon 1")
    f.set_result(42)
    loop.call_soon(print, "soon 2")
    print("after set")
    await asyncio.sleep(0)
    print("tick 1")
    # adding a callback to a done future schedules it
    f.add_done_callback(functools.partial(cb, "late"))
    print("added late")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(functools.partial(cb, "G"))
    print("cancel g", g.cancel("why"), g.cancelled())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__, e.args)
    await asyncio.sleep(0)
    h = loop.create_future()
    h.set_exception(KeyError("k"))
    print(repr(h.exception()))
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    try:
        f.set_exception(StopIteration())
    except Exception as e:
        print(type(e).__name__, e)
    k = loop.create_future()
    try:
        k.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError", e)
    print(k.done())
    try:
        k.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    k.cancel()

asyncio.run(main())
