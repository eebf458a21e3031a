import asyncio, types, inspect

@types.coroutine
def legacy(n):
    for i in range(n):
        yield
    return n * 10

@types.coroutine
def legacy_await_native():
    r = yield from native(2)
    return r + 1

async def native(n):
    return await legacy(n)

def plain_gen():
    yield 1

print(inspect.isgeneratorfunction(legacy), inspect.iscoroutinefunction(legacy))
g = legacy(1)
print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g))
print(bool(g.gi_code.co_flags & inspect.CO_ITERABLE_COROUTINE))
g.close()
wrapped = types.coroutine(plain_gen)
print(wrapped is plain_gen)

async def main():
    print("native", await native(3))
    print("legacy in native", await legacy_await_native())
    t = asyncio.ensure_future(legacy(2))
    print(type(t).__name__, await t)
    try:
        await plain_gen()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())

def plain_gen2():
    r = yield from native(1)
    return r
try:
    list(plain_gen2())
except TypeError as e:
    print("TypeError:", e)
