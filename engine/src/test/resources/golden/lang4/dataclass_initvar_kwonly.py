from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from typing import Optional, List, ClassVar
@dataclass(frozen=True, order=True)
class Item:
    name: str
    price: float = 0.0
    tags: tuple = ()
@dataclass
class Cart:
    items: List[Item] = field(default_factory=list)
    owner: Optional[str] = None
    count: ClassVar[int] = 0
    secret: str = field(default="x", repr=False, compare=False)
    def total(self): return sum(i.price for i in self.items)
c = Cart([Item("a", 1.5), Item("b", 2)])
print(c, c.total(), asdict(c), astuple(Item("z")))
print(replace(Item("a"), price=3), [f.name for f in fields(Cart)], Item("a") < Item("b"))
try:
    Item("a").name = "b"
except Exception as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
@dataclass
class P:
    x: int
    _: KW_ONLY
    y: int = 0
    z: InitVar[int] = 5
    def __post_init__(self, z): self.w = z * 2
p = P(1, y=2, z=3); print(p, p.w)
try: P(1, 2)
except TypeError as e: print(e)
print(hash(Item("a")) == hash(Item("a")), Item("a") == Item("a"), {Item("a"), Item("a")})
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__)
@dataclass(eq=False)
class E: a: int
print(E(1) == E(1))
print(repr(Cart.__init__.__qualname__), Cart.__match_args__)
