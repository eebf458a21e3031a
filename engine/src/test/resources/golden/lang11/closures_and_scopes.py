def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    def h():
        return y
    try:
        h()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return h()
print(g())
class K:
    v = 1
    items = [v for _ in range(2)] if False else None
    def m(self):
        return v if False else K.v
print(K().m())
try:
    class K2:
        a = 1
        b = [a * i for i in range(3)]
except NameError as e:
    print("NameError:", e)
def outer():
    z = 1
    def inner():
        del z
    return inner
try:
    exec("def q():\n  z = 1\n  def r():\n    nonlocal z\n    del z\n  r()\n  return z\nq()")
except NameError as e:
    print("NameError:", e)
print([(lambda: k)() for k in range(2)], (lambda *a, **k: (a, k))(1, b=2))
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["b"], "__builtins__" in ns, eval("a * 10", ns), eval("x + 1", {"x": 2}, {"x": 3}))
glob = 0
def setg():
    global glob
    glob += 1
setg(); print(glob)
def gen_scope():
    return [n for n in range(3) if (m := n) > 0], m
print(gen_scope())
print(sorted(locals().keys())[:3], "glob" in globals())
import functools
def deco(tag):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*a):
            return f"{tag}:{fn(*a)}"
        return inner
    return wrap
@deco("x")
@deco("y")
def base(v):
    "doc"
    return v
print(base(1), base.__name__, base.__doc__, base.__wrapped__.__name__, base.__qualname__)
