import functools

class Money:
    __slots__ = ("cents",)
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents / 100:.2f})"
    def __add__(self, other):
        if isinstance(other, Money): return Money(self.cents + other.cents)
        if isinstance(other, int): return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, other):
        print("  (iadd)")
        return self + other
    def __mul__(self, k): return Money(round(self.cents * k)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __eq__(self, other): return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self): return hash(self.cents)
    def __lt__(self, other): return self.cents < other.cents
    def __bool__(self): return self.cents != 0
    def __format__(self, spec): return format(self.cents / 100, spec or ".2f") + "€"

wallet = [Money(150), Money(99), Money(1000)]
print(sum(wallet), sum(wallet, Money(0)), sorted(wallet), max(wallet), 3 * Money(33), Money(10) * 1.5)
m = Money(5); m += 5; print(m, bool(Money(0)), f"{m}|{m:>8.1f}", {Money(1), Money(1)})
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) < 3
except AttributeError as e:
    print("AttributeError:", e)

@functools.total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.0") >= Version("0.9"), Version("2") <= Version("1.9"), max(vs))

class Grid:
    def __init__(self, w, h): self.w, self.h, self.cells = w, h, {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h): raise IndexError(f"{pos} off grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v): self.cells[pos] = v
    def __delitem__(self, pos): del self.cells[pos]
    def __contains__(self, v): return v in self.cells.values()
    def __len__(self): return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2); g[0, 0] = "#"; g[2, 1] = "@"
print(list(g), len(g), "@" in g, "%" in g)
del g[0, 0]
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()], iter(Seq()).__class__.__name__)

class Registry(dict):
    def __missing__(self, key):
        self[key] = v = key.upper()
        return v
r = Registry(); print(r["a"], r, r.get("b"), "b" in r)

class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag="alpha"): pass
class B(A): pass
print(Base.subclasses, A.tag, B.tag)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if value < 0: raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Item:
    qty = Field()
    price = Field()
it = Item(); it.qty = 3
print(it.qty, it.price, type(Item.qty).__name__, vars(it))
try:
    it.price = -1
except ValueError as e:
    print("ValueError:", e)

class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    @functools.cached_property
    def expensive(self):
        print("computing")
        return 42
t = Temp(); t.c = 5; print(t.c); del t.c; print(t.c, t.expensive, t.expensive, "expensive" in vars(t))
try:
    Temp.c.fset = None
except AttributeError as e:
    print("AttributeError:", e)

@functools.singledispatch
def describe(x): return f"thing {x!r}"
@describe.register
def _(x: int): return f"int {x}"
@describe.register(list)
def _(x): return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True), describe.dispatch(bool).__name__)
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in [1, 2, 1, 3, 1]], sq.cache_info())
