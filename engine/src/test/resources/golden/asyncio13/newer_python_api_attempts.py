# Code copied from docs of newer Pythons, run on 3.11: which names exist and what the errors say.
import asyncio
import re


async def job(n):
    await asyncio.sleep(0.001 * n)
    return n


def attempt(label, fn):
    try:
        r = fn()
        print(f"{label:38} ok {re.sub(' at 0x[0-9a-f]+', '', repr(r))[:60]}")
    except Exception as e:
        print(f"{label:38} {type(e).__name__}: {e}")


async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    t = asyncio.current_task()
    attempt("Queue.shutdown()", lambda: q.shutdown())
    attempt("asyncio.QueueShutDown", lambda: asyncio.QueueShutDown)
    attempt("asyncio.eager_task_factory", lambda: asyncio.eager_task_factory)
    attempt("asyncio.create_eager_task_factory", lambda: asyncio.create_eager_task_factory)
    attempt("Task.get_context()", lambda: t.get_context())
    attempt("create_task(eager_start=True)", lambda: asyncio.create_task(job(0), eager_start=True))
    attempt("TaskGroup.cancel", lambda: asyncio.TaskGroup().cancel)
    attempt("loop.create_task(context=...) ok", lambda: loop.create_task(job(0), context=None).cancel())
    attempt("asyncio.timeout ok", lambda: asyncio.timeout(1))
    attempt("asyncio.TaskGroup in __all__", lambda: "TaskGroup" in asyncio.__all__)
    attempt("asyncio.run(loop_factory=)", lambda: asyncio.run(job(0), loop_factory=asyncio.new_event_loop))
    attempt("Runner(loop_factory=) ok", lambda: asyncio.Runner(loop_factory=asyncio.new_event_loop).close())
    attempt("asyncio.iscoroutinefunction ok", lambda: asyncio.iscoroutinefunction(job))
    attempt("asyncio.get_event_loop_policy ok", lambda: type(asyncio.get_event_loop_policy()).__name__)
    attempt("asyncio.EventLoop", lambda: asyncio.EventLoop)
    attempt("Future.get_loop ok", lambda: loop.create_future().get_loop() is loop)
    try:
        async for f in asyncio.as_completed([job(1), job(2)]):
            print("async for as_completed:", await f)
    except TypeError as e:
        print(f"{'async for over as_completed':38} TypeError: {e}")
    res = []
    for f in asyncio.as_completed([job(2), job(1)]):
        res.append(await f)
    print("plain for over as_completed works:", res)
    await asyncio.sleep(0.01)


asyncio.run(main())
