import asyncio

class Res:
    def __init__(self, name, fail_exit=False):
        self.name, self.fail_exit = name, fail_exit
    async def __aenter__(self):
        print("aenter", self.name)
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError("exit failed for " + self.name)
        return et is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadAiter:
    def __aiter__(self):
        return 5

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def main():
    async with Res("a") as r, Res("b"):
        print("body", r.name)
        raise KeyError("swallowed by b")
    print("after swallow")
    try:
        async with Res("c", fail_exit=True):
            raise ValueError("original")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))
    print([x async for x in Countdown(3)])
    async for v in Countdown(2):
        print("countdown", v)
    for obj, what in [(BadEnter(), "with"), (SyncOnly(), "with"), (BadAiter(), "for"), (BadAnext(), "for"), (5, "for"), (5, "with")]:
        try:
            if what == "with":
                async with obj:
                    pass
            else:
                async for _ in obj:
                    pass
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        with Res("sync-use"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    it = Countdown(1)
    print(await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration from anext")

asyncio.run(main())
