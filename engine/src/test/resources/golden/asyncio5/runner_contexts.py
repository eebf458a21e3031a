# asyncio.Runner: one loop for several runs, task names, context copies, close twice, errors
import asyncio, contextvars

v = contextvars.ContextVar("v", default="default")

async def show(tag):
    t = asyncio.current_task()
    print(tag, t.get_name(), v.get())
    v.set(tag)
    return tag

with asyncio.Runner() as r:
    print(r.run(show("first")))
    print(r.run(show("second")))
    ctx = contextvars.copy_context()
    print(r.run(show("third"), context=ctx), ctx[v], v.get())
    loop = r.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())
r2 = asyncio.Runner()
r2.close()
r2.close()
try:
    r2.run(show("late"))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with asyncio.Runner() as r3:
        r3.run(42)
except ValueError as e:
    print("ValueError:", e)
with asyncio.Runner(debug=True) as r4:
    print(r4.get_loop().get_debug())
    async def nested():
        try:
            r4.run(show("nested"))
        except RuntimeError as e:
            print("RuntimeError:", e)
    c = r4.run(nested())
