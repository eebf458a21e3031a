# as_completed yields futures in completion order; with a timeout, the rest raise TimeoutError.
import asyncio


async def after(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    coros = [after(3, 0.03), after(1, 0.01), after(2, 0.02), after(9, 3)]
    got = []
    try:
        for f in asyncio.as_completed(coros, timeout=0.3):
            got.append(await f)
            print("got", got[-1])
    except TimeoutError as e:
        print("TimeoutError", repr(e), "after", got)
    await asyncio.sleep(0)
    print("remaining tasks", len(asyncio.all_tasks()) - 1)

    # The same iterator object, driven by hand.
    it = asyncio.as_completed([after("b", 0.02), after("a", 0.01)])
    print(type(it).__name__)
    first = next(it)
    print(await first)
    print(await next(it))
    try:
        next(it)
    except StopIteration:
        print("exhausted")

    try:
        for f in asyncio.as_completed([]):
            print("never")
        print("empty is fine")
        asyncio.as_completed(after(1, 0))
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
