import asyncio


class Countdown:
    """An async iterator a learner writes by hand."""

    def __init__(self, start, delay=0):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1

    def __repr__(self):
        return f"Countdown({self.current})"


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"open {self.name}")
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"close {self.name} exc={exc_type.__name__ if exc_type else None}")
        return exc_type is ZeroDivisionError


async def main():
    async for n in Countdown(3):
        print(n, end=" ")
    print()
    print([n async for n in Countdown(4) if n % 2 == 0])
    print({n: n * n async for n in Countdown(3)})
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    async with Resource("db") as r, Resource("log") as l:
        print("using", r.name, l.name)
        1 / 0
    print("ZeroDivisionError swallowed")
    try:
        async with Resource("net"):
            raise ValueError("nope")
    except ValueError as e:
        print("propagated", e)
    try:
        for x in Countdown(1):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with Resource("x"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    gens = [Countdown(i) for i in range(3)]
    print(gens, await asyncio.gather(*(anext(g, None) for g in gens)))


asyncio.run(main())
