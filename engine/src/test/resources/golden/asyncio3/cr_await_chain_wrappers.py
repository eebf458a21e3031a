import asyncio, types

class Box:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        r = yield ("box", self.n)
        return r

class Delegate:
    def __init__(self, inner):
        self.inner = inner
    def __await__(self):
        return (yield from self.inner.__await__())

async def leaf():
    return await Box(3)

async def mid():
    return await Delegate(Box(4))

async def top():
    a = await leaf()
    b = await mid()
    return a, b

def chain(c):
    out = []
    while c is not None:
        out.append(type(c).__name__)
        c = getattr(c, "cr_await", None) or getattr(c, "gi_yieldfrom", None)
    return out

t = top()
print(t.send(None))
print(chain(t))
print(t.send("A"))
print(chain(t))
try:
    t.send("B")
except StopIteration as e:
    print("result", e.value)
print(chain(t))
w = leaf().__await__()
print(type(w).__name__, w.send(None))
try:
    w.send(9)
except StopIteration as e:
    print("wrapper stop", e.value)
