# generator-based coroutines with types.coroutine mixed with native ones in tasks
import asyncio
import inspect
import types

@types.coroutine
def legacy_sleep(n):
    for i in range(n):
        print(f"  legacy tick {i}")
        yield
    return f"slept {n}"

@types.coroutine
def legacy_wait(fut):
    result = yield from fut
    return ("legacy got", result)

@types.coroutine
def delegating():
    r = yield from asyncio.sleep(0, "via sleep").__await__()
    return r

async def native(tag):
    print(tag, await legacy_sleep(2))
    return tag

async def main():
    a = asyncio.create_task(native("A"))
    b = asyncio.create_task(native("B"))
    print(await asyncio.gather(a, b))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 99)
    print(await legacy_wait(fut))
    print(await delegating())
    g = legacy_sleep(1)
    print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g), asyncio.iscoroutine(g))
    print(inspect.isgeneratorfunction(legacy_sleep), inspect.iscoroutinefunction(legacy_sleep),
          asyncio.iscoroutinefunction(legacy_sleep))
    print(bool(g.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE))
    print(await g)
    @types.coroutine
    def plain():
        return 5
    print(await plain())
    @types.coroutine
    def bad_yield():
        yield "not a future"
    try:
        await asyncio.create_task(native_bad(bad_yield))
    except RuntimeError as e:
        print("RuntimeError:", e)

async def native_bad(f):
    return await f()

asyncio.run(main())
