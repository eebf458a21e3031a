import asyncio
import functools
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")
calls = []


def async_cached(fn: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
    cache: dict[tuple, asyncio.Future] = {}

    @functools.wraps(fn)
    async def wrapper(*args):
        if args in cache:
            fut = cache[args]
            if fut.done() and fut.exception() is not None:
                del cache[args]
            else:
                return await asyncio.shield(fut)
        loop = asyncio.get_running_loop()
        fut = cache[args] = loop.create_future()
        try:
            value = await fn(*args)
        except Exception as e:
            fut.set_exception(e)
            raise
        else:
            fut.set_result(value)
            return value

    wrapper.cache = cache
    return wrapper


@async_cached
async def lookup(key: str) -> str:
    calls.append(key)
    await asyncio.sleep(0.01)
    if key.startswith("bad"):
        raise KeyError(key)
    return key.upper()


async def main():
    r = await asyncio.gather(lookup("a"), lookup("b"), lookup("a"), lookup("a"))
    print(r, calls)
    print(await lookup("b"), calls)
    res = await asyncio.gather(lookup("bad1"), lookup("bad1"), return_exceptions=True)
    print([repr(x) for x in res], calls)
    try:
        await lookup("bad1")
    except KeyError as e:
        print("retried and failed again:", e, calls.count("bad1"))
    print(lookup.__name__, lookup.__wrapped__.__name__, sorted(k for (k,) in lookup.cache))
    t = asyncio.create_task(lookup("slow"))
    await asyncio.sleep(0)
    waiter = asyncio.create_task(lookup("slow"))
    await asyncio.sleep(0)
    waiter.cancel()
    print(await t, await asyncio.gather(waiter, return_exceptions=True))

asyncio.run(main())
