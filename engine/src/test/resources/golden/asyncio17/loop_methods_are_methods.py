# The event loop and random.Random are Python classes in CPython: their methods bound to an
# object are 'method' objects (types.MethodType) with __func__ and __self__, not built-ins.
import asyncio, random, inspect, types

async def main():
    loop = asyncio.get_running_loop()
    m = loop.call_soon
    print(type(m).__name__, type(m) is types.MethodType, inspect.ismethod(m), inspect.isbuiltin(m))
    print(m.__name__, m.__qualname__, m.__self__ is loop, m == loop.call_soon, m is loop.call_soon)
    print(m.__func__.__qualname__, callable(m))
    for name in ("call_later", "call_at", "time", "create_future", "stop", "is_running", "get_debug", "create_task"):
        print(name, type(getattr(loop, name)).__name__)
    m(print, "called through a saved bound method")
    await asyncio.sleep(0)
    try:
        m()
    except TypeError as e:
        print("TypeError:", e)
    print(repr(m).split(" of ")[0])

asyncio.run(main())
r = random.Random(3)
print(type(r.randint).__name__, r.randint(1, 9), r.randint.__self__ is r, inspect.ismethod(r.choice))
print(type(random.randint).__name__, type(random.choice).__name__, type(random.random).__name__, type(random.getrandbits).__name__)
print(random.randint.__self__.__class__.__name__, random.randint.__name__, repr(r.shuffle).split(" of ")[0])
