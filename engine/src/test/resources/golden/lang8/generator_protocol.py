def g():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")

it = g()
print(next(it), it.send(10), it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as s:
    print("stop", s.value)
def h():
    r = yield from g()
    return r
print(list(h()))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        else: n += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
c.close()
print(c.gi_frame, c.gi_running)
def ret():
    yield 1
    return "done"
gg = ret()
print(next(gg))
try:
    next(gg)
except StopIteration as e:
    print(repr(e), e.value)
print(list(zip(*(iter(range(7)),)*3)))
gen = (i*i for i in range(5))
print(gen.__name__, gen.__qualname__, sum(gen), sum(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def gclose():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        yield 2
x = gclose(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
def deleg():
    yield from [1, 2]
    yield from range(3, 5)
    return (yield)
d = deleg()
print([next(d) for _ in range(5)])
try:
    d.send("end")
except StopIteration as e:
    print("value", e.value)
print(g.__code__.co_flags & 0x20 != 0, type(g()).__name__)
