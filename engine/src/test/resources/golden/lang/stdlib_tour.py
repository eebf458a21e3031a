import itertools, functools, collections, heapq, bisect, math, operator, copy, string, textwrap, abc, typing, contextlib
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abc", 2)))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), list(itertools.zip_longest("ab", "c", fillvalue="-")))
print(list(itertools.pairwise("abcd")), list(itertools.starmap(pow, [(2, 3)])), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.repeat(7, 2)))
a, b = itertools.tee(iter([1, 2]))
print(list(a), list(b), list(itertools.compress("abc", [1, 0, 1])), list(itertools.dropwhile(lambda x: x < 2, [1, 2, 1])), list(itertools.filterfalse(None, [0, 1])))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), functools.reduce(operator.add, range(5)), functools.partial(int, base=2)("101"))
@functools.singledispatch
def show(x): return "object"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented():
    "doc here"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
Point = collections.namedtuple("Point", "x y", defaults=[0])
p = Point(1)
print(p, p._asdict(), p._replace(y=5), Point._fields, p.x, tuple(p), Point(*[3, 4]))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm))
c = collections.Counter("abracadabra")
print(c.most_common(3), c["a"], (c - collections.Counter("aaa"))["a"], c.total() if hasattr(c, "total") else "")
dq = collections.deque(range(5), maxlen=3)
dq.rotate(1); dq.appendleft(9)
print(dq, dq.maxlen)
h = [5, 1, 4]
heapq.heapify(h); heapq.heappush(h, 0)
print(heapq.heappop(h), h, heapq.nsmallest(2, [7, 3, 9]), heapq.nlargest(1, "abc"))
s = [1, 3, 5]
bisect.insort(s, 4)
print(s, bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 10))
print(math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3]), math.fsum([0.1] * 10))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.sqrt(16), math.pi, math.e, math.inf, math.isnan(math.nan), math.factorial(10))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(operator.itemgetter(1)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.neg(3))
x = [[1], [2]]
y = copy.copy(x); z = copy.deepcopy(x)
x[0].append(9)
print(y, z)
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.Template("$a-${b}").substitute(a=1, b=2))
print(textwrap.wrap("the quick brown fox jumps", 10), textwrap.shorten("hello world again", 12), textwrap.dedent("  a\n  b"))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
class Impl(Base):
    def run(self): return "run"
try:
    Impl()
except TypeError as e:
    print("TypeError:", e)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
@contextlib.contextmanager
def ctx(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)
with ctx("a") as v, ctx("b") as w:
    print(v, w)
class TD(typing.TypedDict):
    a: int
class NT(typing.NamedTuple):
    x: int
    y: str = "d"
print(TD(a=1), NT(1), NT._fields, typing.Optional[int], typing.List[int], typing.get_type_hints(NT) if False else "")
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int](3).v, Box.__name__)
