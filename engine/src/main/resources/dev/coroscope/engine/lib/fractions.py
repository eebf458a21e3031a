"""fractions for Coroscope: exact rational numbers (Fraction) with CPython's construction rules,
arithmetic, comparisons, hashing, rounding and reprs. Written for the engine."""

import math as _math
import numbers as _numbers

__all__ = ["Fraction"]

_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159


_NUMBER = None


def _parse(text):
    """'[sign] int [/ int]' or '[sign] decimal [e exp]' (underscores between digits) -> (num, den), or None."""
    global _NUMBER
    if _NUMBER is None:
        import re
        digits = r"\d+(?:_\d+)*"
        _NUMBER = re.compile(r"\s*(?P<sign>[-+]?)(?P<int>%s)?(?:/(?P<den>%s)|(?:\.(?P<frac>%s)?)?(?:[eE](?P<exp>[-+]?%s))?)\s*"
                             % (digits, digits, digits, digits))
    m = _NUMBER.fullmatch(text)
    if m is None or (m["int"] is None and m["frac"] is None):
        return None
    if m["den"] is not None and m["int"] is None:
        return None
    num = int(m["int"] or "0")
    if m["den"] is not None:
        den = int(m["den"])
    else:
        den = 1
        if m["frac"] is not None:
            frac = m["frac"].replace("_", "")
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den = scale
        if m["exp"] is not None:
            exp = int(m["exp"])
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    return (-num if m["sign"] == "-" else num), den


class Fraction(_numbers.Rational):
    """The rational number numerator/denominator, always in lowest terms with a positive denominator."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            # One argument: an int, a rational or a float is already in lowest terms.
            if type(numerator) is int:
                return cls._exact(numerator, 1)
            if isinstance(numerator, _numbers.Rational):
                return cls._exact(numerator.numerator, numerator.denominator)
            if isinstance(numerator, float) or type(numerator).__name__ == 'Decimal' and \
                    type(numerator).__module__ == 'decimal':
                # A float or a Decimal is exactly a ratio of integers (infinities and NaNs refuse).
                return cls._exact(*numerator.as_integer_ratio())
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, _numbers.Rational) and isinstance(denominator, _numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        # Lowest terms, with the sign carried by the numerator.
        common = _math.gcd(numerator, denominator) * (-1 if denominator < 0 else 1)
        return cls._exact(numerator // common, denominator // common)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def _exact(cls, n, d):
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Continued-fraction convergents h/k of the value, kept while k stays within the limit; then
        # the answer is the last convergent or the best semiconvergent between it and the one before.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term, rest = divmod(top, bottom)
            k_next = k_prev + term * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + term * h, k_next
            top, bottom = bottom, rest
        steps = (max_denominator - k_prev) // k
        semi_h, semi_k = h_prev + steps * h, k_prev + steps * k
        # The convergent wins ties: |x - h/k| <= |x - semi| exactly when 2*bottom*semi_k <= denominator.
        if 2 * bottom * semi_k <= self._denominator:
            return Fraction._exact(h, k)
        return Fraction._exact(semi_h, semi_k)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- arithmetic ----

    def _binary(self, other, op, fop):
        if isinstance(other, (int, Fraction)):
            return op(self, other if isinstance(other, Fraction) else Fraction._exact(other, 1))
        if isinstance(other, float):
            return fop(float(self), other)
        if isinstance(other, complex):
            return fop(complex(self), other)
        return NotImplemented

    def _rbinary(self, other, op, fop):
        if isinstance(other, _numbers.Rational):
            return op(Fraction._exact(other.numerator, other.denominator), self)
        if isinstance(other, _numbers.Real):
            return fop(float(other), float(self))
        if isinstance(other, _numbers.Complex):
            return fop(complex(other), complex(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a._numerator * b._denominator))
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._rbinary(a, Fraction._add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._rbinary(a, Fraction._sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._rbinary(a, Fraction._mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._rbinary(a, Fraction._div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._rbinary(a, Fraction._floordiv, lambda x, y: x // y)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._rbinary(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._rbinary(a, Fraction._mod, lambda x, y: x % y)

    def __pow__(a, b):
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._exact(a._numerator ** power, a._denominator ** power)
                elif a._numerator > 0:
                    return Fraction._exact(a._denominator ** -power, a._numerator ** -power)
                elif a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator ** -power))
                else:
                    return Fraction._exact((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(self, base):
        whole = self._denominator == 1
        if whole and self._numerator >= 0:
            return base ** self._numerator
        if isinstance(base, _numbers.Rational):
            return Fraction._exact(base.numerator, base.denominator) ** self
        return base ** (self._numerator if whole else float(self))

    def __pos__(a):
        return Fraction._exact(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._exact(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._exact(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        # Equal to the hash of an equal int or float: |n| / d modulo the prime 2**61 - 1, the
        # "infinite" hash when d has no inverse there; the numerator's sign; never -1.
        num, den = self._numerator, self._denominator
        if den % _PyHASH_MODULUS == 0:
            value = _PyHASH_INF
        else:
            value = hash(hash(abs(num)) * pow(den, -1, _PyHASH_MODULUS))
        if num < 0:
            value = -value
        return value if value != -1 else -2

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        # A Fraction is immutable; a subclass instance is copied through its class.
        return self if type(self) == Fraction else type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
