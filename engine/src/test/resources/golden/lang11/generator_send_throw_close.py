def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = counter()
print(next(g), g.send(5), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(g.gi_frame, g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "-")

def delegator():
    r = yield from counter()
    print("sub returned", r)
    yield r * 10

d = delegator()
next(d); d.send(2); d.send(4)
print(d.send(None))

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught inside", e)
        yield 2
    yield 3

t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
try:
    t.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(t.gi_frame)

def gen_in_gen():
    yield (x * x for x in range(3))
print([list(g) for g in gen_in_gen()])

def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda v: v < 30, fib())))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__)
print(next(gen), list(gen), list(gen))
def closing():
    try:
        yield 1
    finally:
        print("cleanup")
        yield 99
c = closing(); next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = counter()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
def running():
    yield r.gi_running
    next(r)
r = running()
print(next(r))
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
