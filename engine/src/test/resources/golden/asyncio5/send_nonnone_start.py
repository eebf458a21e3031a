# send() of a non-None value into a just-started coroutine/generator
import types

async def coro():
    return 1

def gen():
    yield 1

for maker in (coro, gen):
    obj = maker()
    for value in (5, "x", None):
        try:
            r = obj.send(value)
            print(maker.__name__, value, "->", r)
        except TypeError as e:
            print(maker.__name__, repr(value), "TypeError:", e)
        except StopIteration as e:
            print(maker.__name__, repr(value), "StopIteration", e.value)
    obj.close()

@types.coroutine
def legacy():
    x = yield "first"
    print("legacy got", x)
    return x

l = legacy()
try:
    l.send(1)
except TypeError as e:
    print("legacy:", e)
print(l.send(None))
try:
    l.send("v")
except StopIteration as e:
    print("stop", repr(e.value))

async def outer():
    return await legacy()
o = outer()
try:
    o.send(0)
except TypeError as e:
    print("outer:", e)
print(o.send(None))
try:
    o.send(42)
except StopIteration as e:
    print("outer stop", e.value)
