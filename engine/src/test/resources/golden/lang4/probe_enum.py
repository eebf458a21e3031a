from enum import Enum, IntEnum, Flag, auto, unique, StrEnum, IntFlag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.ALIAS is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color))
try: Color(7)
except ValueError as e: print(e)
try: Color["X"]
except KeyError as e: print(repr(e))
class P(IntEnum):
    LOW = auto(); HIGH = auto()
print(P.LOW, repr(P.HIGH), P.LOW < P.HIGH, P.LOW + 1, f"{P.LOW}", str(P.LOW), format(P.HIGH, "d"))
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, list(rw), ~Perm.R, Perm(0), bool(Perm(0)))
class S(StrEnum):
    A = auto(); B = "bee"
print(S.A, repr(S.B), S.A == "a", S.B.upper())
try:
    @unique
    class U(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return self.mass / self.radius ** 2
print(Planet.EARTH.mass, round(Planet.EARTH.g, 3), Planet.EARTH)
try: Color.RED = 5
except AttributeError as e: print(e)
print(Color.__members__.keys(), Color.RED.__class__.__name__)
class F(IntFlag):
    A = 1; B = 2
print(F.A | F.B, repr(F.A | F.B), F(3), F(8) if False else "")
match Color.GREEN:
    case Color.RED: print("r")
    case Color.GREEN: print("g")
class Shape(Enum):
    SQUARE = "sq"
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.default().describe(), Shape("sq"), dir(Shape.SQUARE)[:4])
