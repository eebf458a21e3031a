import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

async def main():
    loop = asyncio.get_running_loop()
    for a, k in [((print,), {}), ((print, (), loop, None, 1), {}), ((print, (), loop), {"x": 1}), ((print, (), None), {})]:
        try:
            asyncio.Handle(*a, **k)
        except Exception as e:
            print(type(e).__name__, e)
    h = asyncio.Handle(print, ("hello", "handle"), loop)
    print(repr(h), h.cancelled(), isinstance(h, asyncio.Handle))
    h._run()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "inside ctx")
    h2 = asyncio.Handle(lambda: print("var =", var.get()), (), loop, context=ctx)
    h2._run()
    h3 = asyncio.Handle(lambda: print("var =", var.get()), (), loop)
    var.set("set after creation")
    h3._run()
    h2.cancel()
    print(h2.cancelled(), repr(h2))
    t = asyncio.TimerHandle(5, print, ("t",), loop)
    t2 = asyncio.TimerHandle(6.5, print, (), loop)
    print(t.when(), t2.when(), repr(t), t < t2, t == t, t._scheduled, sorted([t2, t])[0] is t)
    t.cancel()
    print(t.cancelled(), repr(t))
    bad = asyncio.Handle(1, (), loop)
    bad._run()
    print("after bad handle")

asyncio.run(main())
