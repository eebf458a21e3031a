import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

async def setv(v):
    old = var.get()
    var.set(v)
    return old

async def getv():
    return var.get()

with asyncio.Runner() as r:
    print(r.run(setv("one")))
    print(r.run(getv()))
    loop = r.get_loop()
    print(loop.is_running(), loop.is_closed())
    t = loop.create_task(getv())
    print(r.run(asyncio.sleep(0, "slept")), t.done(), t.result())
print("closed:", loop.is_closed())
try:
    r.run(getv())
except RuntimeError as e:
    print("RuntimeError:", e)

ctx = contextvars.copy_context()
with asyncio.Runner() as r:
    print(r.run(setv("two"), context=ctx))
    print(r.run(getv()), ctx[var])
    print(r.run(getv(), context=ctx))

r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()

with asyncio.Runner() as r:
    try:
        r.run(asyncio.sleep(0))
        r.run(42)
    except ValueError as e:
        print("ValueError:", e)
    async def nested():
        return r.run(42)
    c = nested()
    try:
        r.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
