# numbers: the tower, registration of builtins, mixin methods of a minimal Real/Integral.
import numbers
from fractions import Fraction
from decimal import Decimal


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


for v in (1, True, 1.5, 2j, Fraction(1, 3), Decimal('1.1')):
    print(type(v).__name__, [isinstance(v, k) for k in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(numbers.__all__, numbers.Number.__hash__)
for k in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(k.__name__, sorted(k.__abstractmethods__))
attempt('inst', numbers.Real)


class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __pos__(self): return MyInt(self.v)
    def __neg__(self): return MyInt(-self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    __hash__ = None
    def __abs__(self): return MyInt(abs(self.v))
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return MyInt(b ** self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __lshift__(self, o): return MyInt(self.v << o)
    def __rlshift__(self, o): return MyInt(o << self.v)
    def __rshift__(self, o): return MyInt(self.v >> o)
    def __rrshift__(self, o): return MyInt(o >> self.v)
    def __and__(self, o): return MyInt(self.v & o)
    def __rand__(self, o): return MyInt(o & self.v)
    def __xor__(self, o): return MyInt(self.v ^ o)
    def __rxor__(self, o): return MyInt(o ^ self.v)
    def __or__(self, o): return MyInt(self.v | o)
    def __ror__(self, o): return MyInt(o | self.v)
    def __invert__(self): return MyInt(~self.v)


m = MyInt(7)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), m.real, m.imag, m.conjugate(), m.numerator, m.denominator)
print(float(m), complex(m), bool(m), bool(MyInt(0)), [1, 2, 3, 4, 5, 6, 7, 8][m], m.__index__())
print(isinstance(m, numbers.Rational), issubclass(MyInt, numbers.Complex))
