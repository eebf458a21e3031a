import inspect, functools, sys

G = 5

def f(a, b=2, *rest, k=1, **kw):
    x = a + G
    info = inspect.getargvalues(sys._getframe())
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(*info))
    return x

def h(x: int, /, y: str = 'a') -> None: pass
def k(a, b, c=1, *, d, e=5, **more): pass
def n(a, b): pass
def v(*a): pass
def o(): pass

class D:
    def __init__(self, x, y=2): pass
    def __call__(self, z): pass
    def m(self, q, *, r=0): pass
    @classmethod
    def build(cls, w): pass
    @staticmethod
    def tool(t=1): pass

class Meta(type):
    def __call__(cls, a, b): pass
class E(metaclass=Meta): pass
class Plain: pass

for fn in [f, h, k, n, v, o, D, D(1), D.m, D(1).m, D.build, D.tool, E, Plain, len, functools.partial(k, 1, e=9),
           lambda *a, **k: 0]:
    print(getattr(fn, '__name__', type(fn).__name__), inspect.getfullargspec(fn))
for bad in [1, "x"]:
    try:
        inspect.getfullargspec(bad)
    except TypeError as e:
        print("TypeError:", e, "| cause:", type(e.__cause__).__name__)
f(1, 2, 3, k=4, z=9)
tests = [(k, (), {}), (k, (1,), {}), (k, (1, 2), {}), (k, (1, 2, 3, 4), {}), (k, (1, 2), {'a': 1, 'd': 1}),
         (n, (1, 2, 3), {}), (n, (), {'a': 1, 'x': 2}), (v, (1,), {'q': 1}), (o, (1,), {}), (o, (1, 2), {}),
         (k, (1,), {'d': 1}), (n, (1, 2), {'b': 3}), (k, (1, 2, 3, 4, 5), {'d': 1}), (lambda a=1: 0, (1, 2), {}),
         (lambda a, b=1, c=2: 0, (), {}), (lambda *, a, b, c: 0, (), {}), (lambda a, *, b: 0, (1, 2), {'b': 1}),
         (lambda a, *, b: 0, (1, 2), {}), (f, (1, 2, 3), {'k': 4, 'z': 9, 'b': 0}), (f, (1, 2, 3), {'z': 9, 'k': 4}),
         (h, (), {'y': 3, 'x': 1}), (D(1).m, (5,), {'r': 2}), (D.m, (5,), {}), (lambda a, b: 0, (1,), {'c': 2}),
         (lambda a, b, c, d: 0, (), {}), (lambda a: 0, (1, 2), {'a': 2})]
for fn, a, kw in tests:
    try:
        got = inspect.getcallargs(fn, *a, **kw)
        print({key: (val if not isinstance(val, D) else 'D-instance') for key, val in got.items()})
    except TypeError as e:
        print("TypeError:", e)

y = 10
def outer():
    c = 1
    def inner(q):
        return c + y + len(q) + G + q.upper()
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, cv.builtins, sorted(cv.unbound))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print("TypeError:", e)

class A:
    x: int
    def m(self) -> str: pass
print(inspect.get_annotations(A), inspect.get_annotations(A.m), inspect.get_annotations(h), inspect.get_annotations(Plain))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getmodule(A).__name__, inspect.getmodule(inspect.signature).__name__, inspect.getmodule(1))
print(inspect.FullArgSpec, inspect.ArgInfo._fields, inspect.ClosureVars.__name__, inspect.Parameter.empty,
      inspect.Signature, inspect.Parameter, inspect.BoundArguments, inspect.signature.__module__)
print(repr(inspect.Parameter.POSITIONAL_ONLY), inspect.Parameter.KEYWORD_ONLY.description)
