# add_done_callback(cb, context=obj) keeps any object; one without a run method fails
# only when the callback is due, and the loop's exception handler reports it.
import asyncio
import re

class Runner:
    def run(self, fn, *args):
        print("Runner.run called with", fn.__name__, len(args))
        return fn(*args)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda l, ctx: print("handler:", re.sub(r" at \S*/", " at ", ctx["message"]), "|", type(ctx["exception"]).__name__, ctx["exception"]))
    f = loop.create_future()
    def cb(fut):
        print("cb got", fut.result())
    f.add_done_callback(cb, context=7)
    f.add_done_callback(cb, context=Runner())
    f.add_done_callback(cb)
    print("callbacks:", len(f._callbacks), [type(c).__name__ for _, c in f._callbacks])
    f.set_result(42)
    await asyncio.sleep(0)
    done = loop.create_future()
    done.set_result("late")
    done.add_done_callback(cb, context="ctx")
    await asyncio.sleep(0)
    print("removed:", f.remove_done_callback(cb))
    t = asyncio.ensure_future(asyncio.sleep(0, "t"))
    t.add_done_callback(lambda x: print("task cb", x.result()), context=None)
    await t

asyncio.run(main())
