def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    finally:
        print("finally")

g = gen()
print(next(g), g.throw(ValueError("x")), end=" ")
print()
try:
    next(g)
except StopIteration:
    print("stopped")
g = gen()
print(next(g))
g.close()
print(g.gi_frame, g.gi_running)
g.close()
g = gen()
g.close()
print("closed unstarted")
try:
    g.throw(KeyError)
except KeyError as e:
    print("KeyError from unstarted:", repr(e))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returning():
    x = yield 1
    return x * 10
r = returning(); next(r)
try:
    r.send(4)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

def delegator():
    result = yield from returning()
    print("subgen returned", result)
    yield "after"
d = delegator(); next(d)
print(d.send(5))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send(None) ; gg = counter(); gg.send(1)
except TypeError as e:
    print("TypeError:", e)
def raiser():
    yield 1
    raise StopIteration("inner")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
ge = (x * x for x in range(3))
print(next(ge), ge.__name__, ge.__qualname__, list(ge), list(ge))
def throw_tb():
    yield 1
t = throw_tb(); next(t)
try:
    t.throw(TypeError, "msg via args")
except TypeError as e:
    print("TypeError:", e)
print(gen.__code__.co_flags & 0x20 != 0, type(gen()).__name__, repr(gen())[:22])
