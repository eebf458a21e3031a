# return values through yield from / await chains, and StopIteration.value details
import types, asyncio

def leaf(x):
    got = yield f"leaf{x}"
    return (x, got)

def middle():
    a = yield from leaf(1)
    b = yield from leaf(2)
    return [a, b]

def top():
    r = yield from middle()
    print("top got", r)
    return tuple(r)

g = top()
print(next(g))
print(g.send("s1"))
try:
    g.send("s2")
except StopIteration as e:
    print("StopIteration", e.value, e.args)

def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print("tuple value", e.value, e.args)

def returns_stop():
    return StopIteration("inner")
    yield
try:
    next(returns_stop())
except StopIteration as e:
    print("value is exception:", repr(e.value))

@types.coroutine
def legacy(v):
    yield
    return v * 2

async def native(v):
    return await legacy(v) + 1

async def chain():
    x = await native(1)
    y = await native(x)
    return [x, y]

c = chain()
while True:
    try:
        c.send(None)
        print("step; awaiting", type(c.cr_await).__name__)
    except StopIteration as e:
        print("chain result", e.value)
        break

def gen_with_yield_from_iter():
    r = yield from [1, 2]
    print("list yield from returns", r)
    r = yield from iter(())
    return r
print(list(gen_with_yield_from_iter()))

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration(f"done at {self.i}")
        return self.i
def uses_it():
    r = yield from It()
    yield r
print(list(uses_it()))
print(asyncio.run(chain()))
