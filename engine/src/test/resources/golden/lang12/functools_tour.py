import functools

@functools.lru_cache(maxsize=2)
def sq(n):
    print("compute", n)
    return n * n
for n in (1, 2, 1, 3, 1, 2):
    sq(n)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())

@functools.lru_cache(typed=True)
def ident(x):
    print("miss", repr(x))
    return x
ident(1); ident(1.0); ident(1); ident(True)
print(ident.cache_info())
print(ident.__wrapped__(9), ident.__name__)

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.cache_info().currsize)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)

@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x):
    return f"number {x}"
print(show(1), show(True), show([1, "a", 2.5]), show(1j), show(None), sep=" | ")
print(sorted(t.__name__ for t in show.registry))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else None)
try:
    @show.register
    def _(x):
        return "no annotation"
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])

class Temp:
    def __init__(self, c):
        self.c = c
    @functools.cached_property
    def f(self):
        print("computing f")
        return self.c * 9 / 5 + 32
t = Temp(100)
print(t.f, t.f, "f" in vars(t))
del t.f
print(t.f)
print(type(Temp.f).__name__, Temp.f.attrname)

@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f"V({self.n})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1), V(2)]))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)

print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + b, [], 10))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    functools.reduce(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)

p = functools.partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords)
print(repr(functools.partial(max, 1, key=abs)))
pp = functools.partial(p, "111")
print(pp(), pp.func is int, pp.keywords)

def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented(x):
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
k = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=k), type(k(1)).__name__)
