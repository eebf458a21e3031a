from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntEnum, Flag
import itertools, functools, collections

@dataclass(order=True, frozen=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
a, b = Item(2.5, "pen"), Item(1.0, "cup")
print(sorted([a, b]), a < b, asdict(a), replace(a, price=3))
try:
    a.price = 1
except Exception as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = auto(); GREEN = auto()
    def describe(self): return f"{self.name}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(2).describe(), list(Color), Color["RED"] is Color.RED)
class Perm(Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(6), Perm.R in (Perm.R | Perm.W))
class Lvl(IntEnum):
    LOW = 1; HIGH = 2
print(Lvl.LOW + 1, Lvl.HIGH > Lvl.LOW, f"{Lvl.HIGH}", str(Lvl.LOW), format(Lvl.LOW, "03d"))
print(list(itertools.accumulate([1, 2, 3], initial=10)), list(itertools.pairwise("abcd")))
print([(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement([1, 2], 2)))
print(functools.reduce(lambda x, y: x * y, range(1, 6)), functools.partial(int, base=2)("101"))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
c = collections.Counter("mississippi")
print(c.most_common(2), c["z"], sorted(c.elements())[:4], c + collections.Counter("ss"), c - collections.Counter("iiii"))
dd = collections.defaultdict(list); dd["a"].append(1); print(dd, dict(dd))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))
Pt = collections.namedtuple("Pt", "x y", defaults=[0]); p = Pt(1); print(p, p._asdict(), p._replace(y=5), Pt._fields)
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.rotate(1); print(dq, dq.maxlen)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}))
s = "Hello, World"
print(s.casefold(), s.swapcase(), s.title(), s.center(20, "*"), s.partition(","), s.rsplit("o", 1), s.zfill(15))
print("a,b,,c".split(","), "  x y  ".split(), "x".join("abc"), "abc".translate(str.maketrans("ab", "xy", "c")))
print("%s" % [1, "a"], str(b"ab"), repr("it's"), repr('say "hi"'), ascii("ñ"), "ß".upper(), "ǅ".lower())
print("tab\there".expandtabs(4), "line1\nline2\r\nline3".splitlines(keepends=True), "abc".removeprefix("a"))
print({1, 2} | {3}, {1, 2} ^ {2, 3}, frozenset([1]) <= {1, 2}, {**{"a": 1}, "b": 2}, dict(zip("ab", range(2))))
d = {"x": 1}; d |= {"y": 2}; print(d, list(reversed(d)), d.setdefault("z", 3), d)
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), max([], default="none"), min("bca"))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])), any([]), all([]))
print(isinstance(True, int), issubclass(bool, (str, int)), type(None).__name__, callable(len), id(1) == id(1))
print(int.__mro__, bool.__bases__, object.__subclasses__ is not None)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("VE", eg.exceptions)
except* TypeError as eg:
    print("TE", eg.exceptions)
