# result()/exception() of tasks and futures in every state, set_result on tasks, done callbacks on done tasks
import asyncio

async def ok():
    return "value"

async def fails():
    raise LookupError("lost")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ok())
    for call in (t.result, t.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, "InvalidStateError:", e)
    for call, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            call(arg)
        except RuntimeError as e:
            print(call.__name__, "RuntimeError:", e)
    await t
    print(t.result(), t.exception())
    f = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(f.exception()), f.exception() is f.exception())
    try:
        f.result()
    except LookupError as e:
        print("result raises", repr(e), e.__traceback__ is not None)
    c = asyncio.create_task(ok())
    c.cancel("stop")
    await asyncio.sleep(0)
    for call in (c.result, c.exception):
        try:
            call()
        except asyncio.CancelledError as e:
            print(call.__name__, "CancelledError", e.args)
    fut = loop.create_future()
    for exc in (StopIteration(), asyncio.CancelledError, KeyboardInterrupt(), ValueError):
        try:
            fut.set_exception(exc)
            print("set", type(fut.exception()).__name__)
            break
        except TypeError as e:
            print("TypeError:", e)
    done = []
    t.add_done_callback(lambda x: done.append(("late", x.result())))
    print(done)
    await asyncio.sleep(0)
    print(done)
    print(asyncio.isfuture(t), asyncio.isfuture(fut), asyncio.isfuture(ok), asyncio.iscoroutine(ok()))

asyncio.run(main())
