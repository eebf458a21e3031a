import asyncio, collections, inspect

def attempt(label, f):
    try:
        r = f()
        print(f"{label}: {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(coro())
    attempt("Task.set_result", lambda: t.set_result(1))
    attempt("Task.set_exception", lambda: t.set_exception(ValueError()))
    attempt("Task.all_tasks", lambda: asyncio.Task.all_tasks())
    attempt("Task.current_task", lambda: asyncio.Task.current_task())
    attempt("Future.nope", lambda: asyncio.Future.nope)
    attempt("deque.nope", lambda: collections.deque.nope)
    attempt("Future(loop=1)", lambda: asyncio.Future(loop=1))
    attempt("Task(generator)", lambda: type(asyncio.Task((i for i in [])).get_coro()).__name__)
    attempt("iscoroutine(generator)", lambda: asyncio.iscoroutine((i for i in [])))
    attempt("Lock(loop=loop)", lambda: asyncio.Lock(loop=loop))
    attempt("Queue(loop=loop)", lambda: asyncio.Queue(loop=loop))
    attempt("gather(loop=loop)", lambda: asyncio.gather(loop=loop))
    attempt("Semaphore(-1)", lambda: asyncio.Semaphore(-1))
    attempt("Barrier(0)", lambda: asyncio.Barrier(0))
    attempt("shield(1)", lambda: asyncio.shield(1))
    attempt("ensure_future(1)", lambda: asyncio.ensure_future(1))
    attempt("create_task(1)", lambda: asyncio.create_task(1))
    attempt("add_done_callback(3)", lambda: t.add_done_callback(3))
    attempt("wrap_future(1)", lambda: asyncio.wrap_future(1))
    attempt("loop.slow_callback_duration", lambda: loop.slow_callback_duration)
    attempt("inspect.getasyncgenstate", lambda: inspect.getasyncgenstate)
    await t

asyncio.run(main())
