import asyncio

class NoIter:
    def __await__(self):
        return 5

class GenAwait:
    def __await__(self):
        return iter([1, 2])

class ReturnsCoro:
    def __await__(self):
        async def inner():
            return 1
        return inner()

class NotCallable:
    __await__ = None

class Plain:
    pass

def gen():
    yield 1

async def try_await(obj):
    try:
        await obj
    except TypeError as e:
        return f"TypeError: {e}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "ok"

async def main():
    for obj in [NoIter(), ReturnsCoro(), NotCallable(), Plain(), 3, "s", None, [1], gen(), lambda: 1]:
        name = type(obj).__name__
        print(f"{name:<12}", await try_await(obj))

asyncio.run(main())
