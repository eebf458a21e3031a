count = 0
def inc():
    try:
        count += 1
    except UnboundLocalError as e:
        print(e)
inc()
def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(e)
    x = 1
outer()
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s = counter(); s(); print(s(), s.__closure__[0].cell_contents, s.__code__.co_freevars, counter.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]; print([f() for f in fs])
x = 10
def show(): print(x, globals()["x"], "x" in locals())
show()
class A:
    y = 5
    z = [y for _ in range(1)] if False else None
    def m(self): return y if False else A.y
print(A().m())
try:
    class B:
        y = 5
        z = [y for _ in range(1)]
except NameError as e: print(e)
def deleter():
    v = 1
    del v
    try: print(v)
    except UnboundLocalError as e: print(e)
deleter()
print(vars().keys() == globals().keys(), __name__, __doc__, sorted(k for k in dir() if not k.startswith("_"))[:5])
def kw(*, a): pass
try: kw(1)
except TypeError as e: print(e)
def defaults(a, L=[]):
    L.append(a); return L
print(defaults(1), defaults(2))
print((lambda: 0).__name__, defaults.__defaults__, kw.__kwdefaults__, defaults.__code__.co_argcount)
import sys
print(sys.getrecursionlimit())
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
def deep(n): return deep(n + 1)
deep(0)
