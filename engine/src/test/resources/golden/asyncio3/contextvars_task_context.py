import asyncio, contextvars, re

def noaddr(e):
    return re.sub(r" at 0x[0-9a-f]+", "", str(e))

user = contextvars.ContextVar("user", default="nobody")
trace = contextvars.ContextVar("trace")

async def show(tag):
    print(tag, user.get(), trace.get("no-trace"))
    user.set(tag + "-changed")
    return user.get()

async def main():
    user.set("main")
    ctx = contextvars.copy_context()
    ctx.run(trace.set, "T1")
    print("ctx vars:", sorted((v.name, val) for v, val in ctx.items()))
    r = await asyncio.create_task(show("task-default"))
    print("after task:", user.get(), r)
    r = await asyncio.create_task(show("task-ctx"), context=ctx)
    print("ctx after:", ctx[user], ctx.get(trace), user.get())
    token = user.set("temp")
    print(repr(token.var.name), token.old_value, type(token.old_value).__name__ if token.old_value is contextvars.Token.MISSING else "")
    user.reset(token)
    print("reset:", user.get())
    try:
        user.reset(token)
    except RuntimeError as e:
        print("RuntimeError:", noaddr(e))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(user.get()), context=ctx)
    print("callback saw:", await fut)
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print("RuntimeError:", noaddr(e))
    print(trace in ctx, user in ctx, len(ctx))
    try:
        trace.get()
    except LookupError as e:
        print("LookupError", noaddr(repr(e)))

asyncio.run(main())
