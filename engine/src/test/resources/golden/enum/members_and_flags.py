from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def favorite(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, list(Color.__members__), type(Color.RED), Color, isinstance(Color.RED, Color))
print(Color.RED.describe(), Color.favorite(), f"{Color.RED}", format(Color.RED), f"{Color.RED:>12}|", str(Color.GREEN))
print('RED' in Color.__dict__, type(Color.__dict__['RED']), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'))
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value), Color.RED < Color.GREEN if False else None)
for bad in [lambda: Color(9), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.GREEN, lambda: 1 in Color]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num(2), f"{Num.ONE}", format(Num.TWO, '03d'), Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), str(Num.ONE), [int(n) for n in Num])
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(StrEnum):
    HELLO = auto()
    WORLD = 'w'
print(S.HELLO, repr(S.HELLO), S.WORLD.upper(), S.HELLO == 'hello', f"{S.WORLD}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), rw & Perm.R, ~Perm.R, Perm(7))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4, repr(IP.A | 4), IP.B + 1)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Enum('T', ['a', 'b']).b, Enum('U', {'x': 10}).x.value, repr(Animal))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99))
try:
    class More(Color):
        PINK = 4
except TypeError as e: print(e)
class Empty(Enum):
    def hello(self): return 1
class Sub(Empty):
    A = 1
print(Sub.A.hello(), Color.RED.__class__.__name__, dir(Color.RED)[:5])
print(Color.__members__['CRIMSON'], len(Color.__members__), Color._member_names_)
