import itertools, functools, operator
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("cleanup")
g = gen()
print(next(g), g.send("s"), g.throw(ValueError("v")))
g.close()
print(list(itertools.accumulate([1,2,3,4], operator.mul)), list(itertools.pairwise("abcd")))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2,3),(3,2)])))
print([(k, list(v)) for k, v in itertools.groupby("aabbbc")], list(itertools.compress("abc", [1,0,1])))
print(list(itertools.takewhile(lambda x: x<3, range(10))), list(itertools.dropwhile(lambda x: x<3, range(6))))
print(list(itertools.combinations_with_replacement("ab", 2)), list(itertools.product([0,1], repeat=2)))
print(list(itertools.batched if hasattr(itertools, "batched") else [1]))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(n): return n*n
print(sq(4), sq(4), sq.cache_info())
print(functools.reduce(lambda a, b: a*b, range(1, 6)), functools.partial(int, base=2)("101"))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(2), V(3) > V(2), sorted([V(3), V(1)], key=functools.cmp_to_key(lambda a, b: a.v - b.v))[0].v)
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"))
def ysum():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
def deleg():
    r = yield from ysum()
    print("result", r)
d = deleg(); next(d); d.send(5); d.send(6)
try: d.send(None)
except StopIteration as e: print("stop", e.value)
gexp = (i*i for i in range(3))
print(gexp.__name__, gexp.__qualname__, list(gexp), list(gexp))
print(repr(sum(x for x in range(10) if x % 2)), any(x > 5 for x in range(7)))
