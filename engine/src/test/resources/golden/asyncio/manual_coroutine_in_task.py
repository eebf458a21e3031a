# A coroutine driven by hand with send() inside a task does not disturb the task;
# cr_await / cr_running / getcoroutinestate of task coroutines at each stage.
import asyncio
import inspect

async def leaf():
    await asyncio.sleep(0.01)
    return "leaf"

async def holder(log):
    log.append(inspect.getcoroutinestate(asyncio.current_task().get_coro()))
    return await leaf()

async def main():
    log = []
    t = asyncio.create_task(holder(log))
    c = t.get_coro()
    print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), c.cr_running, type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
    inner = c.cr_await.cr_await
    print(type(inner).__name__, inner.cr_code.co_name, type(inner.cr_await).__name__)
    print(await t, inspect.getcoroutinestate(c), log)

    async def gen_like():
        x = yield_point()
        return await x
    def yield_point():
        return asyncio.sleep(0, "hand")
    co = gen_like()
    try:
        r = co.send(None)
        print("yielded:", r)
        co.send(None)
    except StopIteration as e:
        print("hand-driven result:", e.value)

asyncio.run(main())
