# contextvars with tasks: create_task(context=...), copies, reset tokens across contexts
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anon")
depth = contextvars.ContextVar("depth")

async def show(tag):
    print(f"{tag}: user={user.get()} depth={depth.get('unset')}")
    user.set(f"{tag}-changed")
    return user.get()

async def main():
    user.set("main")
    t = asyncio.create_task(show("copy"))
    print(await t, "main sees", user.get())
    ctx = contextvars.Context()
    t = asyncio.create_task(show("empty-ctx"), context=ctx)
    print(await t, "ctx has", ctx.get(user), "main sees", user.get())
    t = asyncio.create_task(show("same-ctx-again"), context=ctx)
    await t
    print("ctx now", ctx[user], len(ctx), list(ctx.keys())[0].name)
    tok = user.set("temp")
    async def reset_elsewhere():
        try:
            user.reset(tok)
        except ValueError as e:
            print("reset in task:", str(e).split(">")[-1])
    await asyncio.create_task(reset_elsewhere())
    user.reset(tok)
    print("after reset", user.get())
    try:
        user.reset(tok)
    except RuntimeError as e:
        print("reset twice:", str(e).split(">")[-1])
    print(repr(tok.old_value), tok.var is user, tok.MISSING)
    depth.set(1)
    async def nested():
        depth.set(depth.get() + 1)
        inner = asyncio.create_task(show("inner"))
        await inner
        return depth.get()
    print("nested", await asyncio.create_task(nested()), depth.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    ctx2 = contextvars.copy_context()
    ctx2.run(user.set, "cb-ctx")
    loop.call_soon(lambda: done.set_result(user.get()), context=ctx2)
    print("call_soon context:", await done)
    try:
        ctx2.run(ctx2.run, print)
    except RuntimeError as e:
        print("reenter:", str(e).split(" at ")[0])

asyncio.run(main())
