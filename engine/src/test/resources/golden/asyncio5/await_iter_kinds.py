# __await__ returning iterators of various kinds and wrong kinds
import asyncio

class ListIter:
    def __await__(self):
        return iter([None, None])

class GenAwait:
    def __await__(self):
        yield
        return "gen-result"

class ReturnsCoroutine:
    def __await__(self):
        async def c(): return 1
        return c()

class ReturnsList:
    def __await__(self):
        return [1, 2]

class ReturnsInt:
    def __await__(self):
        return 5

class NotCallable:
    __await__ = 3

class ReturnsIterObj:
    def __await__(self):
        return Counter()

class Counter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("counted")
        return None

class YieldsValue:
    def __await__(self):
        yield 42

class AwaitRaises:
    def __await__(self):
        raise ValueError("no await for you")

async def main():
    for cls in (ListIter, GenAwait, ReturnsCoroutine, ReturnsList, ReturnsInt, NotCallable,
                ReturnsIterObj, AwaitRaises):
        try:
            r = await cls()
            print(cls.__name__, "->", r)
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
    t = asyncio.ensure_future(YieldsValue())
    try:
        await t
    except RuntimeError as e:
        print("YieldsValue:", e)
    for obj in (None, 1, "s", [1], main, asyncio.sleep):
        try:
            await obj
        except TypeError as e:
            print("await", type(obj).__name__, "->", e)

asyncio.run(main())
