from abc import ABC, abstractmethod, ABCMeta
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 1
try:
    Sq()
except TypeError as e:
    print(e)
print(sorted(Sq.__abstractmethods__))
class Good(Sq):
    def perimeter(self): return 4
    name = "g"
print(Good().area(), isinstance(Good(), Shape))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg))

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
print(Color.RED.name, Color.RED.value, Color.RED in Color, hash(Color.RED) == hash(Color.RED))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm(0), repr(Perm(0)), list(Perm), Perm(7))
print(Perm.R in Perm.RW, bool(Perm(0)), ~Perm.R, repr(~Perm.RW))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO == 2, repr(N.ONE), str(N.ONE), f"{N.TWO}", format(N.ONE, "03d"), sorted([N.TWO, N.ONE]))
class F(IntFlag):
    A = 1
    B = 2
print(F.A | F.B, repr(F.A | F.B), F.A | 4, repr(F(8)), F.A + 1)
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y.upper(), S.X == "x")
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(6.67e-11 * self.mass / self.radius**2, 2)
print(Planet.EARTH.g, Planet.EARTH.value, repr(Planet.EARTH))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print(list(Auto))
Dyn = Enum("Dyn", "a b c")
print(list(Dyn), Dyn.b.value)
Dyn2 = Enum("Dyn2", [("x", 10), ("y", 20)])
print(repr(Dyn2.y))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class E2(Color): X = 9
except TypeError as e:
    print(e)
print(Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color.RED, Color))
class Wk(Enum):
    MON = 1
    def __str__(self):
        return self.name.title()
print(Wk.MON, f"{Wk.MON}", [Wk.MON])
print(enum.Enum.__members__ if False else "", Color._member_map_['RED'])
