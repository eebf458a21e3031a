from dataclasses import dataclass, field, fields, asdict, astuple, replace
from typing import ClassVar

@dataclass
class A:
    x: int
    y: int = 2
    count: ClassVar[int] = 0
    tags: list = field(default_factory=list)

a = A(1)
print(a, [f.name for f in fields(a)], asdict(a), astuple(a), A.count)
print(replace(a, y=5), a == A(1), a != A(2))

@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0

p = P(1, 2)
print(p, hash(p) == hash(P(1, 2)), P(1, 2) < P(2, 0), sorted([P(3), P(1, 5), P(1, 2)]))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)

@dataclass
class Q:
    a: int
    def __post_init__(self):
        self.b = self.a * 2
q = Q(3)
print(q, q.b)
try:
    Q()
except TypeError as e:
    print(e)
try:
    Q(1, 2)
except TypeError as e:
    print(e)
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
class K:
    name: str
    score: float = field(default=0.0, compare=False, repr=False)
print(K("a", 1.0), K("a", 1.0) == K("a", 2.0))
print(A.__match_args__, A.__eq__ is not object.__eq__)
match a:
    case A(x, y):
        print("matched", x, y)
