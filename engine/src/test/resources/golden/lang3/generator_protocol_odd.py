def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally")
g = echo()
print(g.send(None), g.send("a"), g.send("b"))
g.close()
g.close()
print(g.gi_frame, g.gi_running)
g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
    return "done"
g3 = gen()
next(g3)
try:
    next(g3)
except StopIteration as e:
    print("StopIteration value:", e.value)
def delegator():
    r = yield from gen()
    print("sub returned", r)
    yield r.upper()
print(list(delegator()))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = bad_close()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99
g5 = thrower()
next(g5)
print(g5.throw(ValueError("boom")))
try:
    g5.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
def running():
    yield g6.send(None)
g6 = running()
try:
    next(g6)
except ValueError as e:
    print("ValueError:", e)
def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
gexp = (i * i for i in range(3))
print(gexp.__name__, gexp.__qualname__, list(gexp), list(gexp))
def counter():
    n = 0
    while True:
        n += 1
        if (yield n) == "reset":
            n = 0
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
import inspect
print(inspect.getgeneratorstate(c))
c.close()
print(inspect.getgeneratorstate(c))
