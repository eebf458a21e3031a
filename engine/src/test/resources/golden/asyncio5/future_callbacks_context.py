# Future callbacks: order, context argument, removal counts, callbacks added after done
import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

def cb(tag):
    def inner(fut):
        print(f"cb {tag}: var={var.get()} result={fut.result()!r}")
    return inner

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a, b = cb("a"), cb("b")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    var.set("main")
    ctx = contextvars.copy_context()
    var.set("changed")
    fut.add_done_callback(cb("ctx"), context=ctx)
    print("removed", fut.remove_done_callback(a))
    print("removed again", fut.remove_done_callback(a))
    fut.set_result(1)
    print("set result; callbacks not yet run")
    await asyncio.sleep(0)
    print("after one step")
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0, result="T"))
    def task_cb(task):
        print("task cb", task.get_name(), task.result(), var.get())
    t.add_done_callback(task_cb)
    var.set("after-task-created")
    await t
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: print("cancelled cb", f.cancelled()))
    f2.cancel("why")
    await asyncio.sleep(0)
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("CancelledError args", e.args)

asyncio.run(main())
