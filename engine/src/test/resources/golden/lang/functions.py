def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 7, "z": 8}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter(); c(); c(); print(c(10))
total = 0
def add(v):
    global total
    total += v
add(5); add(6); print(total)
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, b=2))
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"), hello.__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def gen_closures():
    return [lambda: i for i in range(3)]
print([fn() for fn in gen_closures()])
def defaults(l=[]):
    l.append(1)
    return l
print(defaults(), defaults())
def kwonly(*, a=1, b):
    return a, b
print(kwonly(b=2))
print(f.__name__, f.__qualname__, f.__code__.co_argcount, f.__code__.co_varnames, f.__defaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, fact.__doc__)
def doc():
    "A docstring."
print(doc.__doc__)
x = 10
def shadow():
    x = 20
    def inner():
        return x
    return inner()
print(shadow(), x)
print((lambda: (yield))().__class__.__name__)
