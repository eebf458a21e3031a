import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

async def setv(v):
    var.set(v)
    await asyncio.sleep(0)
    return var.get()

async def getv():
    return var.get()

with asyncio.Runner() as r:
    print(r.run(setv("one")), r.run(getv()))
    loop = r.get_loop()
    print(loop.is_running(), loop.is_closed())
    ctx = contextvars.copy_context()
    print(r.run(setv("two"), context=ctx), r.run(getv(), context=ctx), r.run(getv()))
    try:
        r.run(getv)
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])
    t = loop.create_task(asyncio.sleep(1))
print(loop.is_closed(), t.cancelled())
try:
    r.run(getv())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)
r.close()
r2 = asyncio.Runner(debug=True)
print(r2.run(asyncio.sleep(0, result="lazy")), r2.get_loop().get_debug())
r2.close()
async def nested():
    with asyncio.Runner() as inner:
        inner.run(getv())
try:
    asyncio.run(nested())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    asyncio.Runner(loop_factory=None, debug=None).run(5)
except ValueError as e:
    print("ValueError", e)
with asyncio.Runner(loop_factory=asyncio.new_event_loop) as r3:
    print(r3.run(setv("three")))
