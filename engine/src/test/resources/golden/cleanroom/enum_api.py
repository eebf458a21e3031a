import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, ReprEnum

def attempt(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(list(Color), len(Color), Color.CRIMSON is Color.RED)
print(repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"{Color.BLUE:>12}|")
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(list(Color.__members__.items()))
print(repr(Color), Color.RED in Color, list(reversed(Color)))
attempt(lambda: Color(7))
attempt(lambda: Color['PINK'])
attempt(lambda: 3 in Color)
def reassign():
    Color.RED = 5
attempt(reassign)
def delete():
    del Color.RED
attempt(delete)
def extend():
    class More(Color):
        PINK = 9
attempt(extend)
print(hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED != Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED), type(Color))
attempt(lambda: unique(Color))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))

class Shape(IntEnum):
    SQ = 4
    TRI = 3
print(Shape.SQ + 1, str(Shape.SQ), repr(Shape.TRI), f"{Shape.TRI:03d}", Shape(3), Shape.SQ < 5, sorted(Shape))
print(int(Shape.SQ), Shape.SQ == 4, hash(Shape.SQ) == hash(4))

class Name(StrEnum):
    ALPHA = auto()
    BETA = 'b'
print(repr(Name.ALPHA), str(Name.ALPHA), Name.BETA.upper(), Name('b'), f"[{Name.BETA}]", Name.ALPHA == 'alpha')
def badstr():
    class Bad(StrEnum):
        X = 1
attempt(badstr)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6
rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw is Perm.RW, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.RW), Perm.R in rw, list(Perm))
print(repr(Perm(7)), str(Perm(7)), repr(Perm(5)))
attempt(lambda: Perm(8))
attempt(lambda: Perm.R | 1)
attempt(lambda: 1 in Perm.R)

class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(repr(Bits.A | Bits.C), str(Bits.A | Bits.C), Bits.A | 8, repr(Bits(8)), repr(Bits.A | 8), Bits.B + 1)
print(repr(~Bits.A), format(Bits.C), repr(Bits(0)), list(Bits(7)))

class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return round(self.mass / self.radius, 3)
print(Planet.EARTH.mass, Planet.MARS.ratio, Planet((5.97, 6.37)), repr(Planet.MARS))

class Mood(Enum):
    HAPPY = 'h'
    SAD = 's'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
        return None
    def describe(self):
        return 'mood ' + self.name
print(Mood('H'), Mood.SAD.describe())
attempt(lambda: Mood(3))

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
attempt(lambda: Bad(2))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__)
Pets = Enum('Pets', [('DOG', 'd'), ('FISH', 'f')])
print(list(Pets), repr(Pets.DOG))
Nums = IntEnum('Nums', {'ONE': 1, 'TWO': 2})
print(list(Nums), Nums.TWO * 2)
Fl = Flag('Fl', 'X Y Z')
print(list(Fl), repr(Fl.X | Fl.Z))

def dup():
    class D(Enum):
        A = 1
        A = 2
attempt(dup)
def sunder():
    class S(Enum):
        _bad_ = 1
attempt(sunder)
def order():
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
attempt(order)
class Ign(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    V = 1
print(list(Ign), hasattr(Ign, 'tmp'))
def uniq():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
attempt(uniq)

class Base(Enum):
    def hello(self):
        return 'hi ' + self.name
class Derived(Base):
    X = 1
print(Derived.X.hello(), Derived.X.__class__.__name__, [m.name for m in Derived])

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    B = 2
    A = 1
print(sorted(Ordered), max(Ordered))

class Cfg(Enum):
    DEBUG = 1
    def __str__(self):
        return 'cfg-' + self.name.lower()
print(str(Cfg.DEBUG), f"{Cfg.DEBUG}", repr(Cfg.DEBUG))

class WithNew(bytes, Enum):
    A = (1,)
    def __new__(cls, n):
        obj = bytes.__new__(cls, [n])
        obj._value_ = n
        obj.label = 'L%d' % n
        return obj
print(WithNew(1), WithNew.A.label, WithNew.A.value)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(Color.RED.__reduce_ex__(2))
print(sorted(n for n in dir(Color.RED) if not n.startswith('_')))
print(sorted(n for n in dir(Color) if not n.startswith('_')))
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta))
print(Color.RED._name_, Color.RED._value_, Color._member_names_, list(Color._value2member_map_))
print(bool(Color), bool(Color.RED))
