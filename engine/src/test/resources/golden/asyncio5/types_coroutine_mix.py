# types.coroutine: wrapping generators, non-generators, and mixing with native coroutines
import asyncio, types, inspect

@types.coroutine
def legacy_sleep(n):
    for i in range(n):
        yield
    return f"slept {n}"

async def native():
    r = await legacy_sleep(2)
    return r + " natively"

def plain():
    return 42

wrapped_plain = types.coroutine(plain)
print(wrapped_plain is plain, wrapped_plain())

def gen():
    yield 1
wrapped_gen = types.coroutine(gen)
print(wrapped_gen is gen, inspect.isgeneratorfunction(wrapped_gen))
g = wrapped_gen()
print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g))
print(bool(g.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE))

@types.coroutine
def returns_coroutine():
    return native()
print(type(returns_coroutine()).__name__)

class Iterish:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("iterish")
@types.coroutine
def returns_iterator():
    return Iterish()
r = returns_iterator()
print(type(r).__name__)

async def main():
    print(await native())
    print(await returns_coroutine())
    print(await returns_iterator())
    t = asyncio.create_task(legacy_sleep(1))
    print(await t)

asyncio.run(main())

def ungen():
    yield 1
try:
    async def use():
        await ungen()
    c = use()
    c.send(None)
except TypeError as e:
    print("TypeError:", e)
