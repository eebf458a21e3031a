# Decorating async functions: functools.wraps, a timing decorator, lru_cache's reuse mistake,
# and what iscoroutinefunction says about each wrapper.
import asyncio
import functools
import inspect
import re


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print(re.sub(r" at 0x[0-9a-f]+", "", f"-> {fn.__name__}{args}"))
        result = await fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def sync_wrapper(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


def forgot_async(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
async def add(a, b):
    await asyncio.sleep(0)
    return a + b


@functools.lru_cache
async def cached_square(n):
    await asyncio.sleep(0)
    return n * n


@sync_wrapper
async def wrapped_sync(x):
    return x


class Service:
    @logged
    async def get(self, key):
        return key.upper()

    @staticmethod
    async def static():
        return "static"

    @classmethod
    async def klass(cls):
        return cls.__name__

    async def __call__(self):
        return "called"


async def main():
    print(await add(1, 2))
    print(add.__name__, add.__wrapped__.__name__, add.__qualname__)
    print(await cached_square(4))
    try:
        print(await cached_square(4))
    except RuntimeError as e:
        print("lru_cache:", e)
    print(cached_square.cache_info())
    print(await wrapped_sync(5), await forgot_async(add)(3, 4))
    s = Service()
    print(await s.get("k"), await Service.static(), await Service.klass(), await s())
    checks = {
        "add": add, "add.__wrapped__": add.__wrapped__, "cached_square": cached_square,
        "wrapped_sync": wrapped_sync, "forgot_async(add)": forgot_async(add),
        "partial(add, 1)": functools.partial(add, 1), "s.get": s.get, "Service.static": Service.static,
        "Service.klass": Service.klass, "s (async __call__)": s, "lambda": lambda: add(1, 1),
    }
    for name, f in checks.items():
        print(f"{name:20} inspect={inspect.iscoroutinefunction(f)!s:5} asyncio={asyncio.iscoroutinefunction(f)!s:5}"
              f" markcoro={inspect.isawaitable(f)}")
    print(inspect.signature(add), inspect.unwrap(add) is add.__wrapped__)
    def a(): pass
    def b(): pass
    a.__wrapped__ = b
    b.__wrapped__ = a
    try:
        inspect.unwrap(a)
    except ValueError as e:
        print(re.sub(r" at 0x[0-9a-f]+", "", str(e)))
    print(inspect.unwrap(a, stop=lambda f: f is b).__name__, inspect.unwrap(42))
    p = functools.partial(add, 10)
    print(await p(5))


asyncio.run(main())
