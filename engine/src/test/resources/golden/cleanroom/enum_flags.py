from enum import Enum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP
def attempt(f):
    try: print('ok', f())
    except Exception as e: print(type(e).__name__, e)
def b():
    class E(Enum):
        A = 1
        @property
        def x(self): return 1
        @x.setter
        def x(self, v): pass
    return list(E)
attempt(b)
def c():
    class E(Enum):
        A = 1
        def A(self): pass
    return list(E)
attempt(c)
def d():
    class E(Enum):
        x = 1
        _generate_next_value_ = lambda *a: 5
attempt(d)
def e():
    class E(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last): return name
    return list(E)
attempt(e)
def f():
    class E(Enum):
        _ignore_ = ['A']
        A = 1
        B = 2
    return list(E)
attempt(f)
def g():
    class E(Enum):
        mro = 1
attempt(g)
def g2():
    class E(Enum):
        __order__ = 'A B'
        A = 1
        B = 2
    return list(E), E.__dict__.get('_order_'), E.__dict__.get('__order__')
attempt(g2)
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(C(7)), repr(C(-1)))
class K(Flag, boundary=KEEP):
    A = 1
    B = 4
print(repr(K(7)), repr(K(-1)), repr(~K.A), list(K(7)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(repr(Ej(3)), type(Ej(3)))
class IF(IntFlag):
    A = 1
    B = 2
print(repr(IF(-1)), repr(~IF.A), repr(IF(-3)), repr(IF.A|IF.B), repr(IF(0)), str(IF(0)), repr(IF(12)), IF.A & 3, type(IF.A & 3))
print(IF._flag_mask_, IF._all_bits_, C._boundary_, IF._boundary_, repr(STRICT))
class Z(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(list(Z), Z._member_names_, repr(Z(0)), repr(~Z.AB), repr(Z.A|Z.B), Z.NONE, str(Z(0)))
print(Z.A in Z.AB, Z(0) in Z.A, bool(Z.NONE))
print(list(Z.__members__))
class S(Flag):
    A = auto()
    B = auto()
    C = auto()
print(repr(S.A | S.C), repr(~(S.A | S.C)), repr(S(6)), str(S(6)), S(6).name, S(0).name, S(6).value)
x = S.A | S.B
print(x is (S.A | S.B), S._value2member_map_.keys())
print(repr(S.A.__or__(2)) if False else '', S.A.__or__(2))
import enum
print(enum.FlagBoundary, list(enum.FlagBoundary), enum.EnumCheck, list(enum.EnumCheck))
print(repr(enum.UNIQUE), str(enum.UNIQUE), enum.CONTINUOUS)
