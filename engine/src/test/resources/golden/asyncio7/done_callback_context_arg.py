import asyncio, contextvars

who = contextvars.ContextVar("who", default="default")

def cb(fut):
    print("callback sees", who.get(), "result", fut.result())

async def work():
    who.set("inside task")
    return 5

async def main():
    who.set("main")
    ctx = contextvars.Context()
    ctx.run(who.set, "custom")
    t = asyncio.create_task(work())
    t.add_done_callback(cb)
    t.add_done_callback(cb, context=ctx)
    await t
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, t, context=ctx)
    loop.call_later(0, cb, t)
    await asyncio.sleep(0.001)
    print("removed:", t.remove_done_callback(cb))
    t2 = asyncio.create_task(work(), context=ctx)
    await t2
    print("ctx after task:", ctx[who], "main:", who.get())

asyncio.run(main())
