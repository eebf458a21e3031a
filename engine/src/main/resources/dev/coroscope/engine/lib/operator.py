"""operator for Coroscope: every operator of CPython 3.11's module as a function (the plain
binary and comparison ones come from the engine's _operator), the in-place forms, and the
itemgetter / attrgetter / methodcaller callables with their reprs. Written for the engine."""

import _operator
from _operator import (add, sub, mul, truediv, floordiv, mod, pow, and_, or_, xor, lshift, rshift,
                       lt, le, eq, ne, gt, ge, neg, not_, truth, index, getitem, contains, is_)
import builtins as _builtins

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
           'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
           'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
           'truediv', 'truth', 'xor']


def abs(a, /):
    "Same as abs(a)."
    return _builtins.abs(a)


def pos(a, /):
    "Same as +a."
    return +a


def inv(a, /):
    "Same as ~a."
    return ~a


invert = inv


def matmul(a, b, /):
    "Same as a @ b."
    return a @ b


def is_not(a, b, /):
    "Same as a is not b."
    return a is not b


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def _sequence_check(a):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b, /):
    "Same as a + b, for a and b sequences."
    _sequence_check(a)
    return a + b


def iconcat(a, b, /):
    "Same as a += b, for a and b sequences."
    _sequence_check(a)
    a += b
    return a


def countOf(a, b, /):
    "Return the number of items in a which are, or which equal, b."
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b, /):
    "Return the first index of b in a."
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Same as a[b] = c."
    a[b] = c


def delitem(a, b, /):
    "Same as del a[b]."
    del a[b]


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj (len(obj), else obj.__length_hint__(),
    else default)."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def _inplace(symbol, doc):
    def apply(a, b, /):
        return _INPLACE_OPS[symbol](a, b)
    apply.__doc__ = doc
    return apply


def _i_add(a, b):
    a += b
    return a


def _i_sub(a, b):
    a -= b
    return a


def _i_mul(a, b):
    a *= b
    return a


def _i_matmul(a, b):
    a @= b
    return a


def _i_truediv(a, b):
    a /= b
    return a


def _i_floordiv(a, b):
    a //= b
    return a


def _i_mod(a, b):
    a %= b
    return a


def _i_pow(a, b):
    a **= b
    return a


def _i_lshift(a, b):
    a <<= b
    return a


def _i_rshift(a, b):
    a >>= b
    return a


def _i_and(a, b):
    a &= b
    return a


def _i_or(a, b):
    a |= b
    return a


def _i_xor(a, b):
    a ^= b
    return a


_INPLACE_OPS = {'+': _i_add, '-': _i_sub, '*': _i_mul, '@': _i_matmul, '/': _i_truediv, '//': _i_floordiv,
                '%': _i_mod, '**': _i_pow, '<<': _i_lshift, '>>': _i_rshift, '&': _i_and, '|': _i_or,
                '^': _i_xor}

iadd = _inplace('+', "Same as a += b.")
isub = _inplace('-', "Same as a -= b.")
imul = _inplace('*', "Same as a *= b.")
imatmul = _inplace('@', "Same as a @= b.")
itruediv = _inplace('/', "Same as a /= b.")
ifloordiv = _inplace('//', "Same as a //= b.")
imod = _inplace('%', "Same as a %= b.")
ipow = _inplace('**', "Same as a **= b.")
ilshift = _inplace('<<', "Same as a <<= b.")
irshift = _inplace('>>', "Same as a >>= b.")
iand = _inplace('&', "Same as a &= b.")
ior = _inplace('|', "Same as a |= b.")
ixor = _inplace('^', "Same as a ^= b.")
for _name in ('iadd', 'isub', 'imul', 'imatmul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift',
              'iand', 'ior', 'ixor'):
    globals()[_name].__name__ = globals()[_name].__qualname__ = _name
del _name


# The getters are the engine's own types (no Python frame per call, so sorting with them costs no
# line steps), with CPython's constructor errors and reprs.
itemgetter = _operator.itemgetter
attrgetter = _operator.attrgetter
methodcaller = _operator.methodcaller


# the dunder spellings (operator.__add__ is operator.add, ...)
for _name in __all__:
    if _name in ('attrgetter', 'itemgetter', 'methodcaller', 'length_hint', 'countOf', 'indexOf', 'is_',
                 'is_not', 'truth'):
        continue
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
