import asyncio, types, collections.abc as cabc, inspect

async def native():
    return 1

@types.coroutine
def legacy():
    yield

class Awaitish:
    def __await__(self):
        yield
        return 5

class FullCoro:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): return iter(())

c = native()
g = legacy()
objs = [c, g, Awaitish(), FullCoro(), asyncio.sleep(0), native, 5]
for o in objs:
    name = getattr(o, "__qualname__", type(o).__name__)
    print(f"{name:<22} Awaitable={isinstance(o, cabc.Awaitable)!s:<5} Coroutine={isinstance(o, cabc.Coroutine)!s:<5} "
          f"isawaitable={inspect.isawaitable(o)!s:<5} iscoroutine={asyncio.iscoroutine(o)!s:<5} CoroutineType={isinstance(o, types.CoroutineType)}")
print(issubclass(types.CoroutineType, cabc.Coroutine), issubclass(types.GeneratorType, cabc.Coroutine), issubclass(FullCoro, cabc.Coroutine))
print(type(c) is types.CoroutineType, types.CoroutineType.__name__, type(c.__await__()).__name__)
w = c.__await__()
print(repr(w).split(" at ")[0], iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper finished:", e.value)
for o in objs[:2] + [objs[4]]:
    o.close()
try:
    iter(native())
except TypeError as e:
    print("TypeError:", e)
print(hasattr(native(), "__next__"), hasattr(native(), "__iter__"), hasattr(native(), "send"))
print(sys_depth := __import__("sys").get_coroutine_origin_tracking_depth())
