# call_soon/call_later with context=, Future callbacks with context=, in the order they run.
import asyncio
import contextvars
import functools

user = contextvars.ContextVar("user", default="nobody")
trace = []

def show(tag):
    trace.append(f"{tag}:{user.get()}")

def setter(tag, value):
    user.set(value)
    trace.append(f"{tag} set {value}")

async def main():
    loop = asyncio.get_running_loop()
    user.set("main")
    ctx_a = contextvars.copy_context()
    ctx_b = contextvars.Context()
    ctx_b.run(user.set, "bee")

    loop.call_soon(show, "plain")
    loop.call_soon(show, "in-b", context=ctx_b)
    loop.call_soon(setter, "set-in-a", "alice", context=ctx_a)
    loop.call_soon(show, "in-a", context=ctx_a)
    loop.call_soon(show, "plain-again")
    h = loop.call_later(0, show, "later-b", context=ctx_b)
    print(type(h).__name__, h.cancelled())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(trace)
    print("ctx_a user:", ctx_a[user], "ctx_b user:", ctx_b.get(user), "main:", user.get())

    trace.clear()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("cb1"))
    fut.add_done_callback(lambda f: show("cb2"), context=ctx_b)
    fut.add_done_callback(functools.partial(setter, "cb3"), context=ctx_a)  # gets fut as value
    user.set("changed")
    fut.set_result(1)
    print("before yield:", trace)
    await asyncio.sleep(0)
    print("after yield:", trace)
    print("ctx_a now:", ctx_a[user] is fut)

    # removing callbacks
    def cb(f):
        trace.append("removed cb ran?")
    f2 = loop.create_future()
    f2.add_done_callback(cb)
    f2.add_done_callback(cb)
    f2.add_done_callback(show)
    print("removed:", f2.remove_done_callback(cb), f2.remove_done_callback(cb))
    f2.cancel()
    await asyncio.sleep(0)
    print(trace[-1])

    # task runs in a copy of the context at creation time
    user.set("creator")
    async def who():
        show("task")
        user.set("task-set")
    t = asyncio.create_task(who())
    user.set("after-create")
    await t
    print(trace[-1], user.get())
    t2 = asyncio.create_task(who(), context=ctx_b)
    await t2
    print(trace[-1], ctx_b[user])

asyncio.run(main())
