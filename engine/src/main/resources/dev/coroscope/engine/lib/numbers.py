"""numbers for Coroscope: the numeric tower of abstract base classes (PEP 3141), with the
built-in number types registered.

Each level's abstract operations are listed in the @_requires decorator of its class (they all
raise NotImplementedError if reached through super()); the class bodies hold only the operations
a level can derive from the others."""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _unimplemented(name, qualname):
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = qualname
    return abstractmethod(method)


def _requires(methods, properties=''):
    """Class decorator: adds the named abstract methods and abstract read-only properties."""
    def decorate(cls):
        for name in methods.split():
            setattr(cls, name, _unimplemented(name, f'{cls.__name__}.{name}'))
        for name in properties.split():
            setattr(cls, name, property(_unimplemented(name, f'{cls.__name__}.{name}')))
        return update_abstractmethods(cls)
    return decorate


class Number(metaclass=ABCMeta):
    """Root of the numeric tower; says nothing about the operations."""
    __slots__ = ()
    __hash__ = None


@_requires('__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ __rtruediv__ '
           '__pow__ __rpow__ __abs__ conjugate __eq__', properties='real imag')
class Complex(Number):
    """Numbers with the arithmetic of complex numbers (subtraction derives from + and -)."""
    __slots__ = ()

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


@_requires('__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ __mod__ '
           '__rmod__ __lt__ __le__')
class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division and rounding."""
    __slots__ = ()

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    def __complex__(self):
        return complex(float(self))

    # A real number is its own real part and its own conjugate.
    real = property(lambda self: +self)
    imag = property(lambda self: 0)

    def conjugate(self):
        return +self


Real.register(float)


@_requires('', properties='numerator denominator')
class Rational(Real):
    """Real numbers that are a ratio of two integers."""
    __slots__ = ()

    def __float__(self):
        # int() first, so that numerator and denominator of any integral kind divide exactly.
        return int(self.numerator) / int(self.denominator)


@_requires('__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ '
           '__rxor__ __or__ __ror__ __invert__')
class Integral(Rational):
    """Integers: usable as an index, with shifts and bitwise operations."""
    __slots__ = ()

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    numerator = property(lambda self: +self)
    denominator = property(lambda self: 1)


Integral.register(int)
