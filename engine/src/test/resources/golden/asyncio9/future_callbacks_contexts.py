# Future done-callbacks: order, removal, context=, callbacks added after done, exceptions in callbacks.
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="default")


def cb(tag):
    def inner(fut):
        print(f"cb {tag}: who={who.get()} result={fut.result() if not fut.cancelled() else 'cancelled'}")
    inner.__qualname__ = f"cb_{tag}"
    return inner


def failing(fut):
    raise RuntimeError("callback failed")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    a, b, c = cb("a"), cb("b"), cb("c")
    f.add_done_callback(a)
    f.add_done_callback(b)
    f.add_done_callback(a)
    print("removed", f.remove_done_callback(a))
    print("removed again", f.remove_done_callback(a))
    ctx = contextvars.copy_context()
    ctx.run(who.set, "ctx-copy")
    f.add_done_callback(c, context=ctx)
    who.set("main")
    f.add_done_callback(cb("d"))
    f.add_done_callback(failing)
    f.add_done_callback(cb("e"))
    f.set_result(7)
    print("set_result returned; callbacks not yet run")
    f.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    print("after one step")

    g = loop.create_future()
    g.add_done_callback(cb("on-cancel"))
    g.cancel()
    await asyncio.sleep(0)

    t = asyncio.create_task(asyncio.sleep(0, "task result"))
    t.add_done_callback(cb("task"))
    loop.call_soon(print, "call_soon queued after task creation")
    await t
    print("awaited task")
    await asyncio.sleep(0)


asyncio.run(main())
