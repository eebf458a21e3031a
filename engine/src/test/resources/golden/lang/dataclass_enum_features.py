from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, auto, Flag

@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)

a = Item("pen", 1.5)
b = Item("ink", 1.5, ["x"])
print(a, b, a < b, a == Item("pen", 1.5), sorted([a, b]))
print(asdict(b), astuple(a), [f.name for f in fields(a)], Item.__match_args__)
c = replace(a, price=2.0)
print(c, a is c)

@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(p) == hash(P(1)), {p, P(1)} == {P(1, 0)})

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()

print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, len(Color), Color.BLUE in Color)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)

class Prio(IntEnum):
    LOW = 1
    HIGH = 2
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.LOW}", str(Prio.LOW), format(Prio.HIGH, "d"))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm(0)), list(rw) if hasattr(rw, "__iter__") else "")
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green via match")
