def inner():
    try:
        x = yield "inner-1"
        print("inner got", x)
        y = yield "inner-2"
        print("inner got", y)
        return "inner-result"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner-recovered"
        return "after-recover"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("outer: delegate returned", r)
        yield "outer-after"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.send("A"))
print(g.gi_yieldfrom.__name__ if g.gi_yieldfrom else None)
print(g.throw(KeyError("k")))
print(next(g))
print(g.gi_yieldfrom)
g.close()
print("closed", g.gi_frame)

g = outer()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print(g.gi_frame)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def ret_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"
g = ret_in_finally()
next(g)
print("close returns", g.close())

def counter():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
c = counter()
next(c)
for i in (1, 2, 3):
    print(c.send(i))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

def gen_raise_stop():
    yield 1
    raise StopIteration("x")
try:
    list(gen_raise_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def yf_list():
    r = yield from [1, 2]
    print("yield from list returns", r)
print(list(yf_list()))

g = (i * i for i in range(3))
print(next(g), g.gi_running, g.gi_frame is not None)
g.close()
print(list(g))
try:
    g.throw(TypeError, "t", None)
except TypeError as e:
    print("throw on closed:", e)

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
