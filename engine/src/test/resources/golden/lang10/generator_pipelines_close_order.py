import itertools, contextlib

def numbers():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print(f"numbers closed at {n}")

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def take(n, src):
    for _, x in zip(range(n), src):
        yield x

print(list(take(3, evens(numbers()))))
g = numbers()
print(next(g), next(g))
del g
print("after del")
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b), list(itertools.chain.from_iterable([[1], (2, 3)])))

def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    while True:
        results.append((yield from averager()))

res = []
d = delegator(res)
next(d)
for v in [10, 20, 30]:
    print("avg", d.send(v))
d.send(None)
print(res)
for v in [5]:
    d.send(v)
d.send(None)
print(res)

@contextlib.contextmanager
def section(name):
    print(f"enter {name}")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name} swallowed {e!r}")
    finally:
        print(f"exit {name}")

with section("a") as s:
    print("inside", s)
with section("b"):
    raise KeyError("x")
try:
    with section("c"):
        raise ValueError("y")
except ValueError as e:
    print("escaped", repr(e))

@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def none():
    if False:
        yield
try:
    with none():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
gen = (x * x for x in range(3))
print(gen.__name__, gen.__qualname__, next(gen), list(gen), list(gen))
def g2():
    x = yield 1
    print("received", x)
    yield x * 2
it = g2()
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(it), it.send(21))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
def thrower():
    try:
        yield 1
    except ValueError:
        yield "recovered"
t = thrower(); next(t)
print(t.throw(ValueError), t.gi_frame.f_lineno)
try:
    t.throw(TypeError("no"))
except TypeError as e:
    print("propagated", e, t.gi_frame)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.callback(print, "callback", n)
    stack.enter_context(section("stacked"))
    print("body done")
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)

def user():
    for x in gen("A"):
        return x
print(user())

def wrap(src):
    for x in src:
        yield x
def first(src):
    for x in src:
        return x
print(first(wrap(gen("B"))))
def take(n, src):
    for _, x in zip(range(n), src):
        yield x
print(list(take(1, gen("E"))))
print(list(take(1, wrap(gen("F")))))
print("end")
