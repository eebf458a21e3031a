# asyncio.Runner: lazy loop creation, reuse, errors after close, context argument.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def show(tag):
    await asyncio.sleep(0)
    return f"{tag}:{var.get()}:{asyncio.current_task().get_name()}"


async def setter():
    var.set("changed")
    return var.get()


r = asyncio.Runner()
print(type(r).__name__)
loop = r.get_loop()
print("same loop", loop is r.get_loop(), "running", loop.is_running())
print(r.run(show("a")))
print(r.run(setter()))
print(r.run(show("b")))
ctx = contextvars.copy_context()
ctx.run(var.set, "from ctx")
print(r.run(show("c"), context=ctx))
try:
    r.run(42)
except ValueError as e:
    print("ValueError:", e)
r.close()
r.close()
print("loop closed", loop.is_closed())
for attempt in (lambda: r.run(show("d")), r.get_loop):
    try:
        attempt()
    except RuntimeError as e:
        print("RuntimeError:", e)

with asyncio.Runner() as r2:
    print(r2.run(show("e")))
print("after with, closed:", r2.get_loop.__self__._state.name if False else "n/a")
try:
    r2.run(show("f"))
except RuntimeError as e:
    print("RuntimeError:", e)
