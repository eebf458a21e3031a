import asyncio
import random


class TransientError(Exception):
    pass


async def flaky(name, failures):
    if failures[name] > 0:
        failures[name] -= 1
        raise TransientError(f"{name} not ready ({failures[name]} left)")
    return f"{name} ok"


async def retry(coro_fn, *args, attempts=4, base=0.01):
    delay = base
    for attempt in range(1, attempts + 1):
        try:
            return await coro_fn(*args)
        except TransientError as e:
            if attempt == attempts:
                raise RuntimeError(f"giving up after {attempt} attempts") from e
            print(f"  attempt {attempt}: {e}; sleeping {delay:.2f}")
            await asyncio.sleep(delay)
            delay *= 2


async def main():
    random.seed(7)
    failures = {"db": 2, "cache": 0, "queue": 9}
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(retry(flaky, n, failures) for n in failures), return_exceptions=True)
    for name, r in zip(failures, results):
        if isinstance(r, Exception):
            print(name, "->", type(r).__name__, r, "| cause:", r.__cause__)
        else:
            print(name, "->", r)
    print("took about", round(loop.time() - start, 2))
    jitter = [round(random.uniform(0, 1), 3) for _ in range(3)]
    print(jitter)


asyncio.run(main())
