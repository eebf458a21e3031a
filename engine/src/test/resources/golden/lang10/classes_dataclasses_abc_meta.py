from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, is_dataclass
from abc import ABC, abstractmethod
import functools

@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list, repr=False)

@dataclass(kw_only=True)
class Child(Base):
    name: str = "anon"
    secret: InitVar[str | None] = None
    score: float = field(default=0.0, compare=False)
    def __post_init__(self, secret):
        self.hashed = len(secret) if secret else 0

c = Child(1, name="x", secret="abcd", score=2.5)
print(c, c.hashed, c == Child(1, name="x", score=9), [f.name for f in fields(c)], is_dataclass(c), is_dataclass(Child))
try:
    Child(1, "positional")
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(Mixed(1, c=5), Mixed.__init__.__doc__ is None, Mixed.__match_args__)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print("TypeError:", e)
class NamedSq(Sq):
    name = "square"
print(NamedSq(3).describe(), Shape.__abstractmethods__ == frozenset({"area", "name"}))

class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = kw
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "Meta"
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class Plugin(metaclass=Meta, version=2):
    def __init__(self, x=0): self.x = x
p = Plugin(5)
print(Meta.registry, p.created_by, p.x, Plugin, type(Plugin), isinstance(Plugin, Meta))

class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super().hello()
class C(A):
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__], super(B, D()).hello())
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, c): self.c = c
    def __repr__(self): return f"Temperature({self.c})"
    def __eq__(self, other): return isinstance(other, Temperature) and self.c == other.c
try:
    {Temperature(1)}
except TypeError as e:
    print("TypeError:", e)
print(Temperature.__hash__, Temperature(1) == Temperature(1), Temperature(1) != Temperature(2))
class Plain: pass
print(repr(Plain())[:22], str(Plain)[:15], Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__doc__)
@functools.total_ordering
@dataclass(frozen=True)
class Card:
    rank: int
    suit: str
    def __lt__(self, other): return (self.rank, self.suit) < (other.rank, other.suit)
hand = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(hand), max(hand), Card(1, "a") <= Card(1, "b"), len({Card(1, "a"), Card(1, "a")}))
