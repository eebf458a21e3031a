import dataclasses, inspect
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError, MISSING
from typing import ClassVar, List
from collections import namedtuple

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point.__hash__, Point.count)
print(inspect.signature(Point), Point.__doc__, Point.__match_args__)
print([f.name for f in fields(Point)], fields(p)[0].type, fields(p)[2].default_factory is list)
import re
print(re.sub('0x[0-9a-f]+', 'ADDR', repr(fields(Point)[1])))
print(asdict(p), astuple(p), replace(p, y=7), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, [], 4))
attempt(lambda: Point(1, z=3))
attempt(lambda: fields(3))
attempt(lambda: asdict(Point))
attempt(lambda: astuple(5))
attempt(lambda: replace(3))
attempt(lambda: p < p)

@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
v = Ver(1, 2)
print(v < Ver(1, 3), v >= Ver(1, 2), sorted([Ver(2), Ver(1, 5), Ver(1)]), hash(v) == hash((1, 2)))
def assign():
    v.major = 3
attempt(assign)
def delete():
    del v.minor
attempt(delete)
def newattr():
    v.other = 1
attempt(newattr)
print(isinstance(FrozenInstanceError(), AttributeError))

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(default=0, hash=False)
    c: int = field(default=0, compare=False)
print(hash(H(1, 2, 3)) == hash((1,)), H(1, 2, 3) == H(1, 2, 4), H(1, 2) == H(1, 3))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 5).total, [f.name for f in fields(WithPost)], inspect.signature(WithPost))
attempt(lambda: replace(w, a=4))
attempt(lambda: replace(w, total=4))
print(replace(w, a=4, scale=10))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=2, kw_only=True)
print(KW(1, b=5), inspect.signature(KW), KW.__match_args__)
attempt(lambda: KW(1, 2))

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 3
print(AllKW(a=1), inspect.signature(AllKW))

@dataclass
class Base:
    x: int
    y: int = 5
@dataclass
class Child(Base):
    z: int = 9
    x: int = 1
print(Child(), Child(2, 3, 4), [f.name for f in fields(Child)])

def bad_order():
    @dataclass
    class B:
        a: int = 1
        b: int
attempt(bad_order)
def mutable():
    @dataclass
    class M:
        a: list = []
attempt(mutable)
def no_ann():
    @dataclass
    class N:
        a = field(default=1)
attempt(no_ann)
def both():
    return field(default=1, default_factory=list)
attempt(both)
def frozen_mix():
    @dataclass(frozen=True)
    class F(Point):
        pass
attempt(frozen_mix)
def order_no_eq():
    @dataclass(order=True, eq=False)
    class O:
        a: int
attempt(order_no_eq)
def overwrite_lt():
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, other):
            return True
attempt(overwrite_lt)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'zz', 1))

@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
n = Node(1, [Node(2), Node(3, meta={'k': (1, 2)})])
print(asdict(n))
print(astuple(n))
NT = namedtuple('NT', 'a b')
@dataclass
class HoldsNT:
    t: NT
print(asdict(HoldsNT(NT(Node(1), 2))), asdict(n, dict_factory=lambda items: list(items))[0])

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=4))], namespace={'double': lambda self: self.b * 2})
c = C(1, 2)
print(c, c.double(), C.__annotations__, C.__name__)
attempt(lambda: make_dataclass('D', ['a', 'a']))
attempt(lambda: make_dataclass('D', ['class']))
attempt(lambda: make_dataclass('D', ['1a']))
attempt(lambda: make_dataclass('D', [('a', int, 1, 2)]))

@dataclass
class Rec:
    items: list = field(default_factory=list)
r = Rec()
r.items.append(r)
print(r)

@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'm'})
print(fields(Meta)[0].metadata, fields(Meta)[0].metadata['unit'], type(fields(Meta)[0].metadata).__name__)
print(repr(MISSING)[:30].startswith('<dataclasses._MISSING_TYPE'), Point.__dataclass_params__.frozen, Ver.__dataclass_params__.order)
print(dataclasses.Field.__slots__ if hasattr(dataclasses.Field, '__slots__') else None)

@dataclass
class Explicit:
    a: int
    def __repr__(self):
        return 'EXPLICIT'
    def __eq__(self, other):
        return True
print(Explicit(1), Explicit(1) == 5, Explicit.__hash__)

@dataclass
class SelfField:
    self: int
print(SelfField(3), inspect.signature(SelfField))

@dataclass
class Boom:
    a: int
    def __post_init__(self):
        raise ValueError('bad a %d' % self.a)
Boom(4)
