from dataclasses import dataclass, field, fields, replace, make_dataclass, InitVar, KW_ONLY, asdict, astuple, is_dataclass, FrozenInstanceError, MISSING
import dataclasses
from typing import ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
print(Point.__doc__, Point.__match_args__, Point.__hash__)
@dataclass
class Doc:
    """My docs."""
    a: int
print(Doc.__doc__)
f = fields(Point)[0]
print(f.name, f.type, f.default is MISSING, f.init, f.repr, f.hash, f.compare, f.metadata, f.kw_only, f._field_type)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=2), K.__match_args__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class M:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3
print(M(1, 5), M(1, c=4, b=0))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1)), H(1) == H(1))
@dataclass(frozen=True)
class F:
    a: int
try:
    @dataclass
    class G(F):
        b: int
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class G2(Point):
        b: int = 0
except TypeError as e: print(e)
try:
    F(1).a = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del F(1).a
except FrozenInstanceError as e: print(e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class O2:
        a: int
except ValueError as e: print(e)
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e: print(e)
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"total": lambda self: self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)], C.__annotations__)
@dataclass
class Init:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
i = Init(3)
print(i, [f.name for f in fields(i)], Init.__dataclass_fields__["scale"].type, replace(i, scale=1))
try:
    @dataclass
    class Init2:
        s: InitVar[int]
    replace(Init2(1))
except ValueError as e: print(e)
@dataclass
class NI:
    a: int
    b: int = field(init=False, default=0)
try: replace(NI(1), b=2)
except ValueError as e: print(e)
try: fields(5)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
print(is_dataclass(Point), is_dataclass(Point(1)), is_dataclass(5))
@dataclass
class Node:
    v: int
    nxt: "Node" = None
n = Node(1); n.nxt = n
print(n)
print(Point(1) == (1, 0), Point(1) != Point(1, 1))
@dataclass(eq=False)
class E:
    a: int
print(E.__hash__ is object.__hash__)
@dataclass
class WithEq:
    a: int
    def __eq__(self, o): return True
print(WithEq.__hash__)
@dataclass(frozen=True)
class FH:
    a: int
    def __hash__(self): return 7
print(hash(FH(1)))
@dataclass(slots=True)
class SL:
    a: int
    b: int = 2
s = SL(1)
print(s, SL.__slots__, hasattr(s, "__dict__"))
try: s.c = 1
except AttributeError as e: print(e)
@dataclass
class CV:
    x: int
    k: ClassVar[int] = 10
    m: list = field(default_factory=lambda: [1])
print(CV(1), CV.k, fields(CV)[-1].default_factory is not MISSING)
print(InitVar[int], dataclasses.KW_ONLY.__class__.__name__)
@dataclass
class Base:
    a: int = 1
@dataclass
class Child(Base):
    b: int = 2
    a: int = 5
print(Child(), Child.__init__.__qualname__, Child.__repr__.__qualname__, Child.__eq__.__qualname__)
print(astuple(Child(), tuple_factory=list), asdict(Child(), dict_factory=lambda kv: sorted(kv)))
