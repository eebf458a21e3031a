# gather: return_exceptions with failures and a cancelled child, the same
# coroutine passed twice, futures and tasks mixed, awaitables wrapped.
import asyncio

class Ready:
    def __await__(self):
        yield
        return "custom awaitable"

async def ok(v):
    await asyncio.sleep(0)
    return v

async def bad(v):
    await asyncio.sleep(0)
    raise ValueError(v)

async def main():
    loop = asyncio.get_running_loop()
    c = asyncio.create_task(ok("c"))
    c.cancel()
    res = await asyncio.gather(ok(1), bad("b"), c, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print("cancelled child gives:", repr(res[2]), res[2].args)
    same = ok("twice")
    print(await asyncio.gather(same, same))
    f = loop.create_future()
    loop.call_soon(f.set_result, "future")
    print(await asyncio.gather(f, Ready(), ok("coro")))
    try:
        await asyncio.gather(ok(1), 42)
    except TypeError as e:
        print(e)
    try:
        await asyncio.gather(bad("first"), bad("second"))
    except ValueError as e:
        print("first failure wins:", e)
    await asyncio.sleep(0.01)
    empty = asyncio.gather()
    print(empty.done(), empty.result(), type(empty).__name__)
    g = asyncio.gather(ok(1))
    print(type(g).__name__, g.done())
    print(await g)

asyncio.run(main())
