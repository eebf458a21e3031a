import asyncio
import contextvars

req = contextvars.ContextVar("req")
trail = contextvars.ContextVar("trail", default=())

async def step(name):
    trail.set(trail.get() + (name,))
    await asyncio.sleep(0)
    return req.get("none"), trail.get()

async def main():
    req.set("main")
    t = asyncio.create_task(step("a"))
    req.set("changed-after-create")
    print(await t, trail.get())

    ctx = contextvars.copy_context()
    t = asyncio.create_task(step("b"), context=ctx)
    print(await t, ctx[trail], trail.get())
    t = asyncio.create_task(step("c"), context=ctx)
    print(await t, ctx[trail])

    # gather of coroutines: each gets its own copy
    print(await asyncio.gather(step("g1"), step("g2")))
    print("main trail", trail.get())

    # awaiting a coroutine directly shares the context
    print(await step("direct"), trail.get())

    # ctx.run with a callback
    loop = asyncio.get_running_loop()
    seen = []
    c2 = contextvars.copy_context()
    c2.run(req.set, "in-c2")
    loop.call_soon(lambda: seen.append(req.get()), context=c2)
    loop.call_soon(lambda: seen.append(req.get()))
    await asyncio.sleep(0)
    print(seen)

    # running the same context twice at once
    try:
        ctx.run(ctx.run, print, "nested")
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" object at ")[0], "...", str(e).rsplit(" ", 2)[-2:])

    # a task's context
    t = asyncio.create_task(step("ctx"))
    await t
    print(type(t.get_context()).__name__, t.get_context()[trail])

asyncio.run(main())
