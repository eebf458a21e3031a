import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

async def show(tag):
    print(tag, var.get())
    var.set(tag)
    return tag

ctx = contextvars.copy_context()
ctx.run(var.set, "from ctx")
with asyncio.Runner() as r:
    print(r.run(show("first")))
    print(r.run(show("second"), context=ctx))
    print(r.run(show("third")))
    print("ctx now:", ctx[var])
    print(type(r.get_loop()).__name__, r.get_loop().is_running())
print("outside:", var.get())
try:
    r.run(show("late"))
except RuntimeError as e:
    print("RuntimeError:", e)
r.close()
r2 = asyncio.Runner()
try:
    r2.run(42)
except ValueError as e:
    print("ValueError:", e)
r2.close()
