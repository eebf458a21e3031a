# A context= that is no contextvars.Context is kept by the handle (CPython's Handle is Python code)
# and fails only when the callback runs: the loop logs "Exception in callback". An object with a
# run() method serves as the context. A hand-made Handle with args None fails the same way.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


def cb(x):
    print("cb", x, var.get())


class Runner:
    def run(self, fn, *args):
        print("Runner.run", fn.__name__, args)
        return fn(*args)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, context=5)
    print(type(h).__name__, h._context, h.cancelled())
    loop.call_soon(cb, 2, context=Runner())
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(cb, 3, context=ctx)
    loop.call_soon(cb, 4, context=None)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())


def ran():
    print("ran")


loop = asyncio.new_event_loop()
h = asyncio.Handle(ran, None, loop)
print(repr(h).split(" at ")[0], h._args)
h._run()
h = asyncio.Handle(ran, (), loop)
h._run()
print(h.cancelled())
h = asyncio.Handle(ran, [], loop, "ctx")
print(h._context)
h._run()
loop.close()
