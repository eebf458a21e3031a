# asyncio.Runner: context manager, run several coroutines, context=, get_loop, debug, close twice
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)

async def bump(n):
    v.set(v.get() + n)
    await asyncio.sleep(0)
    return v.get()

async def name():
    return asyncio.current_task().get_name()

with asyncio.Runner() as runner:
    print(runner.run(bump(1)), runner.run(bump(10)))
    print(runner.run(name()), runner.run(name()))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed(), loop.get_debug())
    ctx = contextvars.Context()
    print(runner.run(bump(100), context=ctx), ctx[v], runner.run(bump(0)))
    try:
        runner.run(bump)
    except ValueError as e:
        print("ValueError:", str(e).split(" at ")[0])
print("closed:", loop.is_closed())
try:
    runner.run(bump(1))
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()
r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
async def nested():
    try:
        r.run(bump(1))
    except RuntimeError as e:
        return str(e)
print(r.run(nested()))
r.close()
r2 = asyncio.Runner()
r2.close()
try:
    r2.get_loop()
except RuntimeError as e:
    print("after close:", e)
with asyncio.Runner(loop_factory=asyncio.new_event_loop) as r3:
    print(r3.run(name()))
try:
    with asyncio.Runner() as r4:
        r4.run(bump(1))
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, r4.get_loop().is_closed() if False else "")
