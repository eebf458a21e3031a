# contextvars: copy_context, Context.run, Token.reset errors, call_soon(context=), tasks in tasks.
import asyncio
import contextvars
import re
import builtins


def print(*a):
    builtins.print(*(re.sub(r' at 0x[0-9a-f]+', '', x) if isinstance(x, str) else x for x in a))

user = contextvars.ContextVar("user", default="anon")
depth = contextvars.ContextVar("depth")


def show(tag):
    print(tag, user.get(), depth.get("no-depth"))


async def child(n):
    show(f"child{n} start")
    depth.set(n)
    if n < 2:
        t = asyncio.create_task(child(n + 1))
        await t
    show(f"child{n} end")


async def main():
    loop = asyncio.get_running_loop()
    tok = user.set("alice")
    print(repr(tok.var), tok.old_value is contextvars.Token.MISSING, repr(tok.MISSING))
    ctx = contextvars.copy_context()
    user.set("bob")
    loop.call_soon(show, "soon-default")
    loop.call_soon(show, "soon-ctx", context=ctx)
    await asyncio.sleep(0)
    print(ctx.run(user.get), user.get())
    ctx.run(user.set, "carol")
    print(ctx[user], user in ctx, depth in ctx, len(ctx), sorted(v.name for v in ctx))
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print("nested run:", str(e))
    t = asyncio.create_task(child(0), context=ctx)
    await t
    show("main after")
    print(depth in ctx)
    user.reset(tok)
    print("after reset", user.get())
    try:
        user.reset(tok)
    except RuntimeError as e:
        print("reset twice:", str(e))
    other = contextvars.ContextVar("other")
    t2 = other.set(1)
    try:
        user.reset(t2)
    except ValueError as e:
        print("wrong var:", str(e))
    tok3 = ctx.run(depth.set, 99)
    try:
        depth.reset(tok3)
    except ValueError as e:
        print("wrong ctx:", str(e))
    try:
        depth.get()
    except LookupError as e:
        print("lookup:", repr(e))
    print(repr(user))
    print(ctx.get(depth), ctx.get(other, "dflt"), list(ctx.keys()) == list(ctx))
    try:
        ctx[other]
    except KeyError as e:
        print("KeyError", e.args[0] is other)
    try:
        contextvars.ContextVar(1)
    except TypeError as e:
        print("bad name:", e)


asyncio.run(main())
