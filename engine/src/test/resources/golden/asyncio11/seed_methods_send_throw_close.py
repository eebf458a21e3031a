import asyncio, types

async def demo():
    return 1

async def consumer():
    x = await asyncio.sleep(0, result=1)
    return x

@types.coroutine
def tick(v=None):
    got = yield v
    return got

async def echo():
    total = 0
    while True:
        try:
            v = await tick("ready")
        except ValueError as e:
            print("  echo caught", e)
            continue
        except GeneratorExit:
            print("  echo closing with total", total)
            raise
        if v is None:
            return total
        total += v

c = demo()
for name in ("__iter__", "__next__", "__await__", "send", "throw", "close"):
    print(name, hasattr(c, name))
c.close()
c = consumer()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
e = echo()
print(e.send(None), e.send(2), e.send(3))
print(e.throw(ValueError, "two-arg throw"))
print(e.throw(ValueError("instance")))
try:
    e.throw(ValueError("v"), None, None)
except Exception as x:
    print(type(x).__name__, x)
print(e.close(), e.cr_frame)
e2 = echo()
e2.send(None)
try:
    e2.send(None)
except StopIteration as s:
    print("returned", s.value)

async def stubborn():
    try:
        await tick()
    except GeneratorExit:
        await tick()
s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as x:
    print("RuntimeError", x)
async def stubborn2():
    try:
        await tick()
    finally:
        return "from finally"
s2 = stubborn2()
s2.send(None)
print(s2.close())
w = demo().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as x:
    print("value", x.value)
try:
    w.send(None)
except StopIteration as x:
    print("again", x.value)
except RuntimeError as x:
    print("RuntimeError", x)
c3 = demo()
try:
    c3.throw(KeyError)
except KeyError as x:
    print("KeyError raised", repr(x))
print(c3.cr_frame, c3.cr_running, c3.cr_suspended)
try:
    c3.send(None)
except RuntimeError as x:
    print("RuntimeError", x)
