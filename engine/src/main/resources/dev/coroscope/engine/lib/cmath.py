"""cmath for Coroscope: complex square roots, exponentials, logarithms, trigonometric and hyperbolic
functions, polar coordinates and tests, computed with the same formulas CPython 3.11 uses so finite
results print the same digits. Written for the engine on top of math."""

import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'isclose', 'isfinite',
           'isinf', 'isnan', 'log', 'log10', 'phase', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
           'e', 'pi', 'tau', 'inf', 'infj', 'nan', 'nanj']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453094
_LN10 = 2.302585092994045684
_MANT = 53
_SCALE_UP = 2 * (_MANT // 2) + 1
_SCALE_DOWN = -(_SCALE_UP + 1) // 2


def _c(z):
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, (float, int)):
        return float(z), 0.0
    t = type(z)
    if hasattr(t, '__complex__'):
        w = z.__complex__()
        if not isinstance(w, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(w).__name__})")
        return w.real, w.imag
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(z), 0.0
    raise TypeError(f"must be real number, not {t.__name__}")


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int) or hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return float(x)
    raise TypeError(f"must be real number, not {type(x).__name__}")


def _fin(x, y):
    return _m.isfinite(x) and _m.isfinite(y)


def _check(x, y, any_inf_input):
    if not any_inf_input and (_m.isinf(x) or _m.isinf(y)):
        raise OverflowError("math range error")
    return complex(x, y)


def _sqrt(x, y):
    if not _fin(x, y):
        if _m.isinf(y):
            return inf, y
        if _m.isnan(x):
            return x, (nan if not _m.isinf(y) else y)
        if x > 0:
            return x, (_m.copysign(0.0, y) if not _m.isnan(y) else nan)
        return (nan if _m.isnan(y) else 0.0), _m.copysign(inf, y) if not _m.isnan(y) else inf
    if x == 0.0 and y == 0.0:
        return 0.0, y
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return s, _m.copysign(d, y)
    return d, _m.copysign(s, y)


def sqrt(z, /):
    """Return the square root of z."""
    return complex(*_sqrt(*_c(z)))


def _log(x, y):
    if not _fin(x, y):
        if _m.isnan(x) or _m.isnan(y):
            return (inf if (_m.isinf(x) or _m.isinf(y)) else nan), nan
        return inf, _m.atan2(y, x)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, _MANT), _m.ldexp(ay, _MANT))) - _MANT * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _m.log(h)
    return re, _m.atan2(y, x)


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

If the base is not specified, returns the natural logarithm (base e) of z."""
    r = complex(*_log(*_c(z)))
    if base is not None:
        r = r / complex(*_log(*_c(base)))
    return r


def log10(z, /):
    """Return the base-10 logarithm of z."""
    re, im = _log(*_c(z))
    return complex(re / _LN10, im / _LN10)


def _exp(x, y):
    if not _fin(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return _m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y))
            return _m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y))
        if _m.isinf(x) and y == 0.0:
            return (inf, y) if x > 0 else (0.0, y)
        if _m.isinf(y) and (_m.isfinite(x) or x > 0):
            raise ValueError("math domain error")
        if x == -inf:
            return 0.0, 0.0
        return nan, (y if y == 0.0 else nan)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        re, im = l * _m.cos(y) * e, l * _m.sin(y) * e
    else:
        l = _m.exp(x)
        re, im = l * _m.cos(y), l * _m.sin(y)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError("math range error")
    return re, im


def exp(z, /):
    """Return the exponential value e**z."""
    return complex(*_exp(*_c(z)))


def _sinh(x, y):
    if not _fin(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return _m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y))
            return -_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y))
        if _m.isinf(y) and not _m.isnan(x):
            raise ValueError("math domain error")
        if _m.isinf(x) and y == 0.0:
            return x, y
        return nan, (y if y == 0.0 else nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        re, im = _m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e
    else:
        re, im = _m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError("math range error")
    return re, im


def _cosh(x, y):
    if not _fin(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return _m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y))
            return _m.copysign(inf, _m.cos(y)), -_m.copysign(inf, _m.sin(y))
        if _m.isinf(y) and not _m.isnan(x):
            raise ValueError("math domain error")
        if _m.isinf(x) and y == 0.0:
            return inf, _m.copysign(0.0, x * y) if False else (y if x > 0 else -y)
        return nan, (0.0 if y == 0.0 else nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        re, im = _m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e
    else:
        re, im = _m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x)
    if _m.isinf(re) or _m.isinf(im):
        raise OverflowError("math range error")
    return re, im


def _tanh(x, y):
    if not _fin(x, y):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return (1.0 if x > 0 else -1.0), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y))
        if _m.isinf(y) and _m.isfinite(x):
            raise ValueError("math domain error")
        if _m.isinf(x):
            return (1.0 if x > 0 else -1.0), _m.copysign(0.0, y) if not _m.isnan(y) else 0.0
        return nan, (y if y == 0.0 else nan)
    if abs(x) > _LOG_LARGE:
        return _m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return complex(*_sinh(*_c(z)))


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return complex(*_cosh(*_c(z)))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    return complex(*_tanh(*_c(z)))


def sin(z, /):
    """Return the sine of z."""
    x, y = _c(z)
    re, im = _sinh(-y, x)
    return complex(im, -re)


def cos(z, /):
    """Return the cosine of z."""
    x, y = _c(z)
    return complex(*_cosh(-y, x))


def tan(z, /):
    """Return the tangent of z."""
    x, y = _c(z)
    re, im = _tanh(-y, x)
    return complex(im, -re)


def _asinh(x, y):
    if not _fin(x, y):
        return (_m.copysign(inf, x) if not _m.isnan(x) else nan), nan if _m.isnan(x) or _m.isnan(y) else _m.copysign(_m.atan2(abs(y), abs(x)) if False else (pi / 4 if _m.isinf(x) and _m.isinf(y) else (pi / 2 if _m.isinf(y) else 0.0)), y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0.0:
            re = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return re, _m.atan2(y, abs(x))
    s1r, s1i = _sqrt(1.0 + y, -x)
    s2r, s2i = _sqrt(1.0 - y, x)
    return _m.asinh(s1r * s2i - s2r * s1i), _m.atan2(y, s1r * s2r - s1i * s2i)


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return complex(*_asinh(*_c(z)))


def asin(z, /):
    """Return the arc sine of z."""
    x, y = _c(z)
    re, im = _asinh(-y, x)
    return complex(im, -re)


def acos(z, /):
    """Return the arc cosine of z."""
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.atan2(abs(y), x), -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y))
    s1r, s1i = _sqrt(1.0 - x, -y)
    s2r, s2i = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1r, s2r), _m.asinh(s2r * s1i - s2i * s1r))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    x, y = _c(z)
    if not _fin(x, y):
        return complex(nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1r, s1i = _sqrt(x - 1.0, y)
    s2r, s2i = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1r * s2r + s1i * s2i), 2.0 * _m.atan2(s1i, s2r))


def _atanh(x, y):
    if not _fin(x, y):
        if _m.isnan(x) or _m.isnan(y):
            return (_m.copysign(0.0, x) if _m.isinf(y) else nan), (_m.copysign(pi / 2, y) if _m.isinf(y) else nan)
        return _m.copysign(0.0, x), _m.copysign(pi / 2, y)
    if x < 0.0:
        re, im = _atanh(-x, -y)
        return -re, -im
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return x / 4.0 / h / h, _m.copysign(pi / 2.0, y)
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return -_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2, y)
    return (_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return complex(*_atanh(*_c(z)))


def atan(z, /):
    """Return the arc tangent of z."""
    x, y = _c(z)
    re, im = _atanh(-y, x)
    return complex(im, -re)


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _c(z)
    return _m.atan2(y, x)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

r is the distance from 0 and phi the phase angle."""
    x, y = _c(z)
    phi = _m.atan2(y, x)
    r = abs(complex(x, y))
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if not _fin(r, phi):
        if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
            if r > 0:
                return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
            return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
        if r != 0.0 and not _m.isnan(r) and _m.isinf(phi):
            raise ValueError("math domain error")
        if _m.isinf(r) and phi == 0.0:
            return complex(r, phi if r > 0 else -phi)
        if r == 0.0:
            return complex(0.0, 0.0)
        return complex(nan, nan if phi != 0.0 or _m.isnan(phi) else phi)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _c(z)
    return _m.isfinite(x) and _m.isfinite(y)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _c(z)
    return _m.isnan(x) or _m.isnan(y)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _c(z)
    return _m.isinf(x) or _m.isinf(y)


def isclose(a, b, /, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    ar, ai = _c(a)
    br, bi = _c(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ar == br and ai == bi:
        return True
    if _m.isinf(ar) or _m.isinf(ai) or _m.isinf(br) or _m.isinf(bi):
        return False
    diff = abs(complex(ar - br, ai - bi))
    return ((diff <= rel_tol * abs(complex(br, bi))) or (diff <= rel_tol * abs(complex(ar, ai)))
            or diff <= abs_tol)
