import re as _re

_print = print


def print(*args, **kw):
    # Object reprs show addresses: masked so the output is the same from run to run.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a)) for a in args), **kw)


import asyncio, contextvars

request = contextvars.ContextVar("request", default="none")
user = contextvars.ContextVar("user")

async def handle(name):
    tok = request.set(name)
    await asyncio.sleep(0)
    print(name, request.get(), user.get("anon"))
    return tok

async def main():
    user.set("root")
    toks = await asyncio.gather(handle("a"), handle("b"))
    print(request.get())
    try:
        request.reset(toks[0])
    except ValueError as e:
        print("ValueError:", e)
    t = request.set("x")
    request.reset(t)
    try:
        request.reset(t)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(t.var is request, t.old_value is contextvars.Token.MISSING)
    ctx = contextvars.copy_context()
    print(sorted(v.name for v in ctx), ctx[user])
    other = contextvars.Context()
    print(other.run(request.get), len(other))
    t2 = asyncio.create_task(handle("c"), context=other)
    await t2
    print(other[request], request.get())
    try:
        user2 = contextvars.ContextVar("u2")
        user2.get()
    except LookupError as e:
        print("LookupError", repr(e))
    print(repr(request).startswith("<ContextVar name='request' default='none'"))

asyncio.run(main())
