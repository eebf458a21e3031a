# Future done-callbacks: order, remove_done_callback counts, callbacks added after done, context kwarg
import asyncio
import contextvars
import functools

var = contextvars.ContextVar("var", default="default")

def cb(tag, fut):
    print(f"cb {tag}: done={fut.done()} var={var.get()}", fut.result() if not fut.cancelled() else "cancelled")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a = functools.partial(cb, "a")
    b = functools.partial(cb, "b")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print("removed a:", f.remove_done_callback(a))
    print("removed again:", f.remove_done_callback(a))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in-ctx")
    f.add_done_callback(functools.partial(cb, "c"), context=ctx)
    var.set("main")
    f.add_done_callback(functools.partial(cb, "d"))
    loop.call_soon(print, "call_soon before result")
    f.set_result(10)
    loop.call_soon(print, "call_soon after result")
    f.add_done_callback(functools.partial(cb, "late"))
    print("removed b after done:", f.remove_done_callback(b))
    await asyncio.sleep(0)
    print("--- cancel")
    g = loop.create_future()
    g.add_done_callback(functools.partial(cb, "g1"))
    print(g.cancel("why"), g.cancel())
    g.add_done_callback(functools.partial(cb, "g2"))
    await asyncio.sleep(0)
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("g result:", repr(e))
    print("--- task callbacks")
    async def w():
        print("w runs")
        return "w"
    t = asyncio.create_task(w())
    t.add_done_callback(functools.partial(cb, "t1"))
    loop.call_soon(print, "soon between")
    t.add_done_callback(functools.partial(cb, "t2"))
    print(await t)
    print("after await")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
