from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
from enum import Enum, IntEnum, Flag, auto, unique, StrEnum
@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
a, b = Item(2, "b"), Item(1, "a")
print(sorted([a, b]), a == Item(2, "zzz"), asdict(a), astuple(b), [f.name for f in fields(Item)])
print(replace(a, name="c"), Item.__match_args__)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
@dataclass(frozen=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Pt(1, 0)), p, {p: 1})
@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3, 4), WithPost(2))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
print(KW(1, b=5))
try:
    KW(1, 5)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class S:
    v: int
print(S(1), hasattr(S(1), "__dict__"), S.__slots__)
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), Color(2), Color["GREEN"], Color.RED.name, Color.RED.value)
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["BLUE"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class P(IntEnum):
    LOW = auto()
    HIGH = auto()
print(P.LOW < P.HIGH, P.HIGH + 1, P(2), repr(P.LOW), str(P.LOW), f"{P.HIGH}", int(P.HIGH))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, ~Perm.R, Perm(0), list(rw), repr(rw), bool(Perm(0)))
class Mode(StrEnum):
    FAST = auto()
    SLOW = "slowly"
print(Mode.FAST, Mode.FAST == "fast", Mode.SLOW.upper(), repr(Mode.SLOW), len(Mode))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Planet(Enum):
    EARTH = (5.97, 6.37)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet.EARTH)
print(Color.__members__.keys(), Color.RED.__class__, isinstance(Color.RED, Color), type(Color))
