# What learners print when exploring asyncio objects: types, modules, MROs, docs.
import asyncio
import collections.abc as cabc
import inspect
import re
import typing

def clean(x):
    return re.sub(r"0x[0-9a-f]+", "0x..", str(x))

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    fut = loop.create_future()
    c = coro()
    for obj in (loop, task, fut, c, asyncio.Lock(), asyncio.Queue(), asyncio.Event(),
                loop.call_soon(print), asyncio.timeout(1), asyncio.TaskGroup(),
                asyncio.get_event_loop_policy(), asyncio.sleep, asyncio.run, asyncio.Task,
                asyncio.Future, asyncio.gather(), asyncio.shield(fut)):
        t = type(obj)
        print(f"{t.__module__}.{t.__qualname__}")
    print(clean(type(loop)), [k.__name__ for k in type(loop).__mro__])
    print(type(task).__mro__, asyncio.Task.__mro__)
    print(asyncio.Future.__module__, asyncio.Task.__module__, asyncio.Task.__name__)
    print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(fut, cabc.Awaitable),
          isinstance(task, typing.Awaitable), isinstance(c, typing.Coroutine),
          issubclass(asyncio.Task, asyncio.Future))
    print(inspect.isawaitable(c), inspect.isawaitable(fut), inspect.isawaitable(coro),
          inspect.iscoroutinefunction(coro), inspect.iscoroutinefunction(asyncio.sleep),
          inspect.iscoroutinefunction(asyncio.Lock.acquire), inspect.isfunction(asyncio.gather))
    print(asyncio.sleep.__name__, asyncio.sleep.__qualname__, asyncio.sleep.__module__,
          asyncio.gather.__module__, asyncio.Queue.__module__, asyncio.TaskGroup.__module__,
          asyncio.timeout.__module__, asyncio.Runner.__module__)
    print(sorted(n for n in dir(task) if not n.startswith("_")))
    print(sorted(n for n in dir(fut) if not n.startswith("_")))
    print(clean(asyncio.Lock.acquire), clean(task.get_coro))
    print(len(asyncio.__all__) > 50, "run" in asyncio.__all__, "TaskGroup" in asyncio.__all__)
    c.close()

asyncio.run(main())
