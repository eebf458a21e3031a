# Task introspection: get_coro, get_loop, get_name, done callbacks count, and coroutine state.
import asyncio
import inspect


async def job():
    await asyncio.sleep(0)
    return "finished"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(), name="intro")
    coro = t.get_coro()
    print(coro.__qualname__, inspect.getcoroutinestate(coro), t.get_loop() is loop)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(coro), coro.cr_await is not None)
    print(await t, inspect.getcoroutinestate(coro), t.get_coro() is coro)
    me = asyncio.current_task()
    print(me.get_name(), inspect.getcoroutinestate(me.get_coro()), me in asyncio.all_tasks())
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(lambda: job()),
          asyncio.iscoroutine(coro), asyncio.isfuture(t), asyncio.isfuture(coro))
    print(inspect.isawaitable(t), inspect.isawaitable(coro), inspect.iscoroutine(t))


asyncio.run(main())
