from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color))
print(Color(2), Color["BLUE"], repr(Color.GREEN))
print(Color.RED.name, Color.RED.value, len(Color))
print(Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw))
print(Perm(0), bool(Perm(0)), ~Perm.R)

class Level(IntEnum):
    LOW = 10
    HIGH = 20

print(Level.LOW < Level.HIGH, Level.LOW + 5, sorted([Level.HIGH, Level.LOW]), f"{Level.HIGH}")
print(format(Level.LOW, "x"), str(Level.LOW), int(Level.HIGH))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(round(Planet.EARTH.gravity, 2), Planet.MARS.value)

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
print([s.describe() for s in Shape])
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode(3), Mode.A | 4)
