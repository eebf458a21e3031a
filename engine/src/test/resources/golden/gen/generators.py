def countdown(n):
    while n > 0:
        got = yield n
        if got:
            print("got", got)
        n -= 1
    return "done"
g = countdown(3)
print(next(g), g.send("x"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def sub():
    yield 1
    yield 2
    return "sub-result"
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield 3
print(list(outer()))
def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
    finally:
        print("gen finally")
c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()
import inspect
def simple():
    yield 1
s = simple()
print(inspect.getgeneratorstate(s)); next(s); print(inspect.getgeneratorstate(s))
s.close(); print(inspect.getgeneratorstate(s))
print(s.gi_frame, s.gi_running, s.gi_code.co_name, simple.__code__.co_flags & 0x20)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
def infinite():
    i = 0
    while True:
        yield i
        i += 1
for v in infinite():
    if v > 3:
        break
    print("v", v)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
gen = (x * 2 for x in range(3))
print(gen.__name__, list(gen), list(gen))
def ignoring():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
i = ignoring(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
def delegating():
    x = yield from [1, 2]
    y = yield from (i for i in "ab")
    return x, y
print(list(delegating()))
