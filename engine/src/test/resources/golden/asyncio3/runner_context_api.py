import asyncio, contextvars

var = contextvars.ContextVar("var", default=0)

async def bump(n):
    var.set(var.get() + n)
    await asyncio.sleep(0)
    return var.get()

with asyncio.Runner() as runner:
    print(runner.run(bump(1)))
    print(runner.run(bump(10)))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())

ctx = contextvars.Context()
with asyncio.Runner() as r:
    print(r.run(bump(5), context=ctx))
    print(r.run(bump(5), context=ctx))
    print(ctx[var])
r = asyncio.Runner()
try:
    r.run(bump(1))
    r.close()
    r.run(bump(1))
except RuntimeError as e:
    print("RuntimeError:", e)
r2 = asyncio.Runner(debug=False)
try:
    r2.run(42)
except ValueError as e:
    print("ValueError:", e)
r2.close()
r2.close()
print("closed twice fine")

