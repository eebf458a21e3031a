import itertools as it, functools as ft, operator
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1], [2, 3]])), list(it.islice(it.count(5, 2), 3)))
print(list(it.islice("abcdefg", 1, None, 2)), [(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.product("ab", repeat=2)), list(it.permutations(range(3), 2))[:4])
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)), list(it.compress("abc", [1, 0, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
print(sorted(it.groupby(sorted("mississippi")), key=lambda kv: kv[0])[0][0], next(it.count()), list(it.batched("abcde", 2)) if hasattr(it, "batched") else "no batched")
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
@ft.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)
@ft.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits)
p = ft.partial(int, base=2)
print(p("101"), p.func, p.args, p.keywords, repr(ft.partial(max, 1, key=abs))[:30])
@ft.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)])[0].v)
class Lazy:
    @ft.cached_property
    def value(self):
        print("computing value")
        return 42
z = Lazy()
print(z.value, z.value, "value" in z.__dict__)
@ft.singledispatch
def show(x):
    return f"obj {x}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(ft.reduce(operator.add, range(5)), ft.reduce(lambda a, b: a + b, [], "init"))
try:
    ft.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def deco(f):
    @ft.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    """doc"""
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("x"), operator.neg(3))
