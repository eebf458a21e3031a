# Retry with exponential backoff, as a decorator; the last failure is chained.
import asyncio
import functools

class TransientError(Exception):
    pass

class GaveUp(Exception):
    def __init__(self, name, attempts):
        super().__init__(f"{name} failed after {attempts} attempts")
        self.attempts = attempts

def retry(times=3, base=0.001, factor=2, on=(TransientError,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except on as exc:
                    print(f"  {fn.__name__} attempt {attempt}: {exc!r}; next delay {delay * 1000:.0f}ms")
                    last = exc
                    if attempt == times:
                        raise GaveUp(fn.__name__, times) from exc
                    await asyncio.sleep(delay)
                    delay *= factor
        wrapper.retries = times
        return wrapper
    return deco

calls = {}

@retry(times=4)
async def flaky(key, fail_times):
    """Fails fail_times times, then works."""
    calls[key] = calls.get(key, 0) + 1
    await asyncio.sleep(0)
    if calls[key] <= fail_times:
        raise TransientError(f"{key} #{calls[key]}")
    return f"{key} ok after {calls[key]}"

@retry(times=2, on=(KeyError,))
async def wrong_kind():
    raise ValueError("not retried")

async def main():
    print(flaky.__name__, flaky.__doc__, flaky.retries, flaky.__wrapped__.__name__)
    print(asyncio.iscoroutinefunction(flaky))
    results = await asyncio.gather(flaky("a", 0), flaky("b", 2), flaky("c", 5),
                                   return_exceptions=True)
    for r in results:
        if isinstance(r, GaveUp):
            print("gave up:", r, "| cause:", repr(r.__cause__), "| attempts", r.attempts)
        else:
            print("result:", r)
    try:
        await wrong_kind()
    except ValueError as e:
        print("not retried:", e, e.__context__)
    print(calls)
    await flaky("d", 9)

asyncio.run(main())
