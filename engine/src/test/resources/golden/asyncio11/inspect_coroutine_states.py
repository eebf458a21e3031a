import asyncio, inspect, types

async def co(a, b=2):
    x = a + b
    await asyncio.sleep(0)
    y = x * 2
    return y

async def main():
    c = co(1)
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    print(inspect.getcoroutinestate(asyncio.current_task().get_coro()))
    await t
    print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
    print(inspect.isawaitable(c), inspect.iscoroutine(c), inspect.isawaitable(t), inspect.isawaitable(42))
    print(inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(main), inspect.isasyncgenfunction(co))
    print(inspect.markcoroutinefunction if hasattr(inspect, "markcoroutinefunction") else "no markcoroutinefunction")
    async def ag():
        yield 1
    g = ag()
    print(inspect.getasyncgenstate(g) if hasattr(inspect, "getasyncgenstate") else "no getasyncgenstate")
    print(inspect.isasyncgen(g), inspect.isasyncgenfunction(ag), type(g).__name__, type(ag).__name__)
    print(co.__code__.co_flags & inspect.CO_COROUTINE != 0, ag.__code__.co_flags & inspect.CO_ASYNC_GENERATOR != 0)
    c2 = co(5)
    c2.__name__ = "renamed"
    c2.__qualname__ = "Q.renamed"
    print(c2.__name__, c2.__qualname__, co.__name__)
    print(repr(c2).split(" at ")[0])
    c2.close()
    print(inspect.getcoroutinestate(c2), c2.cr_frame)
    print(inspect.signature(co), inspect.signature(asyncio.sleep))
    print(types.CoroutineType is type(c2), isinstance(c2, types.CoroutineType))
    import collections.abc as abc
    print(isinstance(c2, abc.Coroutine), isinstance(g, abc.AsyncGenerator), isinstance(g, abc.AsyncIterator), issubclass(asyncio.Future, abc.Awaitable))
    try:
        inspect.getcoroutinestate(g)
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
