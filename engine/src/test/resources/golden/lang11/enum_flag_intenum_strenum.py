from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Level(IntEnum):
    LOW = 10
    HIGH = 20

class Method(StrEnum):
    GET = auto()
    POST = auto()

print(list(Color), Color.CRIMSON is Color.RED, Color(1), Color["GREEN"])
print(Color.__members__.keys())
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", Color.RED.name, Color.RED.value)
p = Perm.R | Perm.X
print(p, repr(p), Perm.RW, list(Perm), Perm.R in p, Perm.W in p, ~Perm.R)
print(Perm(0), bool(Perm(0)), Perm(7), list(p))
print(Level.LOW < 15, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), f"{Level.HIGH}", str(Level.LOW))
print(Method.GET, Method.POST == "post", repr(Method.GET))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Planet(Enum):
    MERCURY = (3.3e23, 2.4e6)
    EARTH = (5.9e24, 6.3e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, round(Planet.MERCURY.ratio), Planet.EARTH.value)
class Perm2(IntFlag):
    A = 1
    B = 2
print(Perm2.A | 4, Perm2(3), repr(Perm2(8)))
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED in Color)
