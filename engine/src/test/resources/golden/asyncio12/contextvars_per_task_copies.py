# Each task runs in a copy of the context: changes do not leak back, but mutable values do.
import asyncio
import contextvars
import re

def clean(e):
    return re.sub(r'0x[0-9a-f]+', '0x..', str(e))

level = contextvars.ContextVar("level", default=0)
bag = contextvars.ContextVar("bag")

async def child(name):
    before = level.get()
    level.set(before + 10)
    bag.get().append(name)
    await asyncio.sleep(0)
    return f"{name}: saw {before}, set {level.get()}"

async def nested(depth):
    level.set(level.get() + 1)
    if depth == 0:
        return [level.get()]
    inner = await asyncio.create_task(nested(depth - 1))
    return [level.get()] + inner

async def main():
    bag.set([])
    level.set(1)
    r = await asyncio.gather(child("a"), child("b"))
    print(r, "main level", level.get(), "bag", bag.get())
    print(await child("direct"), "-> main level now", level.get())
    level.set(1)
    print("nested", await nested(3), "main", level.get())
    token = level.set(99)
    t = asyncio.create_task(child("t"))
    level.reset(token)
    print(await t, "main", level.get())
    ctx = contextvars.copy_context()
    print(sorted((v.name, val if not isinstance(val, list) else len(val)) for v, val in ctx.items()))
    try:
        level.reset(token)
    except RuntimeError as e:
        print("RuntimeError:", clean(e))
    other = contextvars.copy_context()
    token2 = other.run(level.set, 5)
    try:
        level.reset(token2)
    except ValueError as e:
        print("ValueError:", clean(e))
    print(token2.var is level, token2.old_value, token2.old_value is contextvars.Token.MISSING)
    try:
        ctx.run(ctx.run, print)
    except RuntimeError as e:
        print("RuntimeError:", clean(e))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(level.get()), context=other)
    print("callback in other:", await fut)

asyncio.run(main())
