# asyncio.Runner as a course shows it: several runs on one loop, shared state, context, close.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
cache = {}

async def handle(rid, key):
    request_id.set(rid)
    await asyncio.sleep(0)
    if key in cache:
        return f"{rid}: hit {key}={cache[key]}"
    cache[key] = len(key)
    return f"{rid}: miss {key}"

async def background():
    n = 0
    try:
        while True:
            await asyncio.sleep(0)
            n += 1
    except asyncio.CancelledError:
        print("background cancelled at close, ticks > 0:", n > 0)
        raise

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(handle("r1", "alpha")))
    print(runner.run(handle("r2", "alpha")))
    print("request_id outside:", request_id.get())
    runner.run(asyncio.sleep(0))
    bg = loop.create_task(background())
    print(runner.run(handle("r3", "beta")))
    print("same loop:", runner.get_loop() is loop, loop.is_closed(), loop.is_running())
    print("bg pending:", not bg.done())
    try:
        runner.run(handle)
    except ValueError as e:
        print("ValueError:", str(e).split(" at ")[0])
print("closed after with:", loop.is_closed(), bg.cancelled())

r = asyncio.Runner(debug=True)
print(r.run(handle("d1", "gamma")), r.get_loop().get_debug())
r.close()
r.close()
try:
    r.run(handle("d2", "x"))
except RuntimeError as e:
    print("after close:", e)
try:
    r.get_loop()
except RuntimeError as e:
    print("get_loop after close:", e)

ctx = contextvars.copy_context()
with asyncio.Runner() as r2:
    r2.run(handle("c1", "k"), context=ctx)
    r2.run(handle("c2", "k"))
    print("ctx sees:", ctx[request_id], "| global:", request_id.get())
