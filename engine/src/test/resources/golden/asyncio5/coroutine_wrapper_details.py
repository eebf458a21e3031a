# the coroutine_wrapper returned by __await__(): type, repr-ish details, driving it
import asyncio, types

async def inner():
    await asyncio.sleep(0)
    return "inner-done"

c = inner()
w = c.__await__()
print(type(w).__name__, type(w).__qualname__, type(w).__module__)
print(iter(w) is w, hasattr(w, "send"), hasattr(w, "throw"), hasattr(w, "close"))
print(hasattr(c, "__next__"), hasattr(w, "__next__"), hasattr(w, "__await__"))
print(c.__await__() is w, type(c.__await__()) is type(w))
v = next(w)
print("first yield", v)
try:
    w.send(None)
except StopIteration as e:
    print("done", e.value)
try:
    next(w)
except RuntimeError as e:
    print("again:", e)

c2 = inner()
w2 = c2.__await__()
w2.close()
print("closed:", c2.cr_frame)
c3 = inner()
w3 = c3.__await__()
next(w3)
try:
    w3.throw(KeyError("k"))
except KeyError as e:
    print("throw via wrapper:", e)

def legacy():
    r = yield from inner().__await__()
    return r.upper()
g = legacy()
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

for name in ("send", "throw", "close", "__next__", "__iter__"):
    print(name, type(getattr(w, name)).__name__)
