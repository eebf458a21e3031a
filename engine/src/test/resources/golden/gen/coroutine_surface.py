import inspect, types, sys

async def child(x):
    return x * 2

async def parent():
    a = await child(1)
    b = await child(a)
    return a + b

c = parent()
print(type(c).__name__, inspect.iscoroutine(c), inspect.isawaitable(c), inspect.iscoroutinefunction(parent))
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended, c.cr_await, c.cr_frame.f_lineno - parent.__code__.co_firstlineno)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(inspect.getcoroutinestate(c), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = parent()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()
print(hasattr(c2, "__iter__"), hasattr(c2, "__next__"), hasattr(c2, "__await__"))
w = child(3).__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
print(isinstance(c, types.CoroutineType), types.CoroutineType.__name__)
print(repr(c)[:26])
def g(): yield 1
print(types.GeneratorType is type(g()), inspect.isgeneratorfunction(g))
@types.coroutine
def legacy():
    yield "legacy"
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
u.close()
