"""Records arithmetic and math-module results: arith.txt.

Each line: operation name, arguments (ints in decimal, floats as float.hex(), lists as
comma-separated floats), outcome. Float results are float.hex(), int results hex(), pairs
'a|b'. Where CPython's libm function (glibc's) is not correctly rounded, a last column
'cr:VALUE' holds the correctly rounded result (computed here with 110+ digit decimal arithmetic).
The Java test expects it from the functions the engine computes correctly rounded.
Run from this folder: python3 gen_arith.py
"""
import sys
import math
import random
from decimal import Decimal, getcontext, localcontext

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, cr_pow, fhex

rnd = random.Random(1729)
getcontext().prec = 100
w = Writer('arith.txt', 'gen_arith.py')


def enc(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return hex(v)
    if isinstance(v, float):
        return fhex(v)
    if isinstance(v, tuple):
        return '|'.join(enc(x) for x in v)
    return str(v)


def arg(v):
    if isinstance(v, float):
        return fhex(v)
    if isinstance(v, list):
        return ','.join(fhex(x) if isinstance(x, float) else str(x) for x in v)
    return str(v)


# Reference values computed with 100+ significant digits, rounded once to a double.
_PI = None


def dpi():
    global _PI
    if _PI is None:
        with localcontext() as c:
            c.prec = 900
            _PI = 16 * datan_small(Decimal(1) / 5) - 4 * datan_small(Decimal(1) / 239)
    return _PI


def datan_small(x):
    """atan by its series, for |x| <= 0.2 (precision from the current context)."""
    total, term, k = x, x, 1
    x2 = x * x
    eps = Decimal(10) ** (-getcontext().prec - 5)
    while True:
        term = -term * x2
        t = term / (2 * k + 1)
        if abs(t) < eps:
            return total
        total += t
        k += 1


def dsincos(x):
    with localcontext() as c:
        c.prec = 900
        pi = dpi()
        xd = Decimal(x)
        q = (xd / (pi / 2)).to_integral_value()
        r = xd - q * (pi / 2)
    with localcontext() as c:
        c.prec = 120
        r = +r
        s, cc, term, k = Decimal(0), Decimal(0), Decimal(1), 0
        eps = Decimal(10) ** -130
        while abs(term) > eps or k < 2:
            if k % 2 == 0:
                cc += term if (k // 2) % 2 == 0 else -term
            else:
                s += term if (k // 2) % 2 == 0 else -term
            k += 1
            term = term * r / k
        quad = int(q) % 4
        return [(s, cc), (cc, -s), (-s, -cc), (-cc, s)][quad]


def datan(x):
    x = Decimal(x)
    halvings = 0
    while abs(x) > Decimal('0.1'):
        x = x / (1 + (1 + x * x).sqrt())
        halvings += 1
    return datan_small(x) * (2 ** halvings)


def cr(name, args):
    """The correctly rounded result of a libm function, or None when not computed."""
    xs = [a for a in args if isinstance(a, float)]
    if len(xs) != len(args) or not all(math.isfinite(a) for a in xs):
        return None
    x = xs[0]
    D = Decimal
    with localcontext() as c:
        c.prec = 110
        try:
            if name in ('fpow', 'mpow'):
                return cr_pow(x, xs[1])
            if name == 'exp':
                v = D(x).exp()
            elif name == 'exp2':
                v = (D(x) * D(2).ln()).exp()
            elif name in ('flog', 'flog2', 'flog10'):
                if x <= 0:
                    return None
                v = D(x).ln() / {'flog': D(1), 'flog2': D(2).ln(), 'flog10': D(10).ln()}[name]
            elif name in ('sin', 'fsin', 'cos', 'tan'):
                sn, cs = dsincos(x)
                v = {'sin': sn, 'fsin': sn, 'cos': cs, 'tan': sn / cs if cs else None}[name]
            elif name == 'atan':
                v = datan(x)
            elif name in ('asin', 'acos'):
                if abs(x) >= 1:
                    return None
                a = datan(D(x) / (1 - D(x) * D(x)).sqrt())
                v = a if name == 'asin' else dpi() / 2 - a
            elif name == 'atan2':
                y, xx = xs
                if xx == 0 or y == 0:
                    return None
                a = datan(D(y) / D(xx))
                if xx < 0:
                    a = a + dpi() if y > 0 else a - dpi()
                v = a
            elif name == 'cbrt':
                v = abs(D(x)) ** (D(1) / 3)
                if x < 0:
                    v = -v
            elif name in ('sinh', 'cosh', 'tanh'):
                e, ie = D(x).exp(), (-D(x)).exp()
                v = {'sinh': (e - ie) / 2, 'cosh': (e + ie) / 2, 'tanh': (e - ie) / (e + ie)}[name]
            elif name == 'expm1':
                v = D(x).exp() - 1
            elif name == 'log1p':
                if x <= -1:
                    return None
                v = (1 + D(x)).ln()
            else:
                return None
        except (ArithmeticError, ValueError, OverflowError):
            return None
        if v is None:
            return None
        try:
            r = float(v)
        except OverflowError:
            return None
        return r if math.isfinite(r) else None


def rec(name, fn, *args):
    try:
        v = fn(*args)
        r = '=' + enc(v)
    except Exception as e:
        v = None
        r = '!' + type(e).__name__ + ': ' + str(e)
    extra = []
    if isinstance(v, float) and math.isfinite(v):
        c = cr(name, args)
        if c is not None and c != v:
            # CPython's libm (glibc) is not correctly rounded for this argument; the last column
            # holds the correctly rounded value.
            extra = ['cr:' + enc(c)]
    w.row(name, *[arg(a) for a in args], r, *extra)


SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, -1.5, 10.0, 1e300, -1e300, 1e-300, 5e-324,
           math.inf, -math.inf, math.nan, 0.1, 7.0, -7.0, 2.5, 1e16, 3.7]


def rfloat():
    r = rnd.random()
    if r < 0.3:
        return rnd.choice(SPECIAL)
    if r < 0.6:
        return float(rnd.randint(-20, 20)) + rnd.choice([0.0, 0.5, 0.25, 0.1])
    if r < 0.8:
        return rnd.uniform(-100, 100)
    return rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-300, 300)


for _ in range(1500):
    a, b = rfloat(), rfloat()
    rec('fdiv', lambda x, y: x / y, a, b)
    rec('ffloordiv', lambda x, y: x // y, a, b)
    rec('fmod', lambda x, y: x % y, a, b)
    rec('fdivmod', divmod, a, b)
for a in SPECIAL:
    for b in SPECIAL:
        rec('fpow', lambda x, y: x ** y, a, b)
        rec('mpow', math.pow, a, b)
        rec('ffloordiv', lambda x, y: x // y, a, b)
        rec('fmod', lambda x, y: x % y, a, b)
for _ in range(1500):
    a = rnd.choice([rnd.uniform(0, 10), rnd.uniform(-10, 10), rnd.random(), rnd.uniform(0, 2) * 10.0 ** rnd.randint(-5, 5)])
    b = rnd.choice([float(rnd.randint(-12, 12)), float(rnd.randint(-70, 70)), rnd.uniform(-4, 4), 0.5, 1 / 3,
                    rnd.uniform(-300, 300)])
    rec('fpow', lambda x, y: x ** y, a, b)
for _ in range(800):
    x = rnd.choice([rnd.uniform(-1000, 1000), rnd.uniform(-1, 1), round(rnd.uniform(-100, 100), 3),
                    rnd.randint(-1000, 1000) + 0.5, rnd.randint(-100000, 100000) / 1000])
    n = rnd.randint(-4, 6)
    rec('fround', round, x, n)
    rec('fround0', round, x)
for x in [2.675, 1.005, 0.125, 0.375, -0.5, 0.5, 1.5, 2.5, -2.5, 1e300, 1.7976931348623157e308, math.inf, math.nan,
          -0.4, 5e-324, 123.456]:
    for n in [-400, -309, -308, -307, -2, -1, 0, 1, 2, 3, 15, 300, 323, 324, 400]:
        rec('fround', round, x, n)
    rec('fround0', round, x)
for x in SPECIAL + [1e20, -1e20, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 123456789.987, -0.999]:
    rec('int', int, x)
    rec('floor', math.floor, x)
    rec('ceil', math.ceil, x)
    rec('isint', float.is_integer, x)
    rec('ratio', float.as_integer_ratio, x)
    rec('hex', float.hex, x)

INTS = [0, 1, -1, 2, -2, 3, 7, -7, 10, 100, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 64, 10 ** 20, -10 ** 20, 10 ** 30,
        10 ** 308, 10 ** 309, 10 ** 400, -10 ** 400, 3 ** 500, 12345678901234567891, 2 ** 1074, 2 ** 1100]
for a in INTS:
    for b in INTS:
        rec('idiv', lambda x, y: x / y, a, b)
        rec('ifloordiv', lambda x, y: x // y, a, b)
        rec('imod', lambda x, y: x % y, a, b)
for _ in range(1500):
    a = rnd.choice([rnd.randint(-10 ** 6, 10 ** 6), rnd.getrandbits(rnd.randint(1, 400)) * rnd.choice([1, -1])])
    b = rnd.choice([rnd.randint(-1000, 1000), rnd.getrandbits(rnd.randint(1, 400)) * rnd.choice([1, -1])])
    rec('idiv', lambda x, y: x / y, a, b)
    rec('idivmod', divmod, a, b)
for a in [0, 1, -1, 2, -2, 3, 10, -10, 7, 2 ** 70]:
    for b in [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -3, -10, -400, -1100]:
        rec('ipow', lambda x, y: x ** y, a, b)
for a in [2, 3, -3, 10, 12345, -7]:
    for b in [3, -1, -2, 0, 5]:
        for m in [5, 7, -5, 1, -1, 0, 4, 10 ** 9 + 7]:
            rec('ipowmod', pow, a, b, m)
for n in [0, 5, 15, 25, 35, 45, 1234, 1250, 1350, -1250, -1350, 12345678, 10 ** 20 + 5 * 10 ** 9, -5, 149, 150, 250]:
    for d in [2, 0, -1, -2, -3, -10, -20, -40, -100]:
        rec('iround', round, n, d)
for n in INTS:
    rec('float', float, n)
    rec('isqrt', math.isqrt, n)
    rec('log', math.log, n)
    rec('log2', math.log2, n)
    rec('log10', math.log10, n)
for x in SPECIAL + [rnd.uniform(0, 100) for _ in range(200)] + [rnd.uniform(0, 1) * 10.0 ** rnd.randint(-300, 300) for _ in range(100)]:
    for name, fn in [('sqrt', math.sqrt), ('exp', math.exp), ('flog', math.log), ('flog2', math.log2),
                     ('flog10', math.log10), ('sin', math.sin), ('cos', math.cos), ('tan', math.tan),
                     ('atan', math.atan), ('expm1', math.expm1), ('log1p', math.log1p), ('asin', math.asin),
                     ('acos', math.acos), ('sinh', math.sinh), ('cosh', math.cosh), ('tanh', math.tanh),
                     ('cbrt', math.cbrt), ('exp2', math.exp2), ('fsin', math.sin)]:
        rec(name, fn, x)
for _ in range(400):
    y, x = rfloat(), rfloat()
    rec('atan2', math.atan2, y, x)
for x in [rnd.uniform(-1, 1) for _ in range(200)] + [rnd.uniform(-30, 30) for _ in range(200)]:
    for name, fn in [('asin', math.asin), ('acos', math.acos), ('sinh', math.sinh), ('cosh', math.cosh),
                     ('tanh', math.tanh), ('fsin', math.sin), ('cos', math.cos), ('tan', math.tan)]:
        rec(name, fn, x)
for n in [0, 1, 5, 20, 21, 100, -1]:
    rec('factorial', math.factorial, n)
for a in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 10 ** 20, 10 ** 400, -10 ** 400, 3, 2 ** 1024, 2 ** 1023]:
    for b in [0.0, -0.0, 1.0, 2.0 ** 53, 2.0 ** 53 + 2, 1e20, 1e300, math.inf, -math.inf, math.nan, 2.5, 2.0 ** 1023,
              -1.0]:
        rec('cmp', lambda x, y: 2 if y != y else (x > y) - (x < y), a, b)
for xs in [[], [0], [12], [-12], [12, 18], [12, -18], [0, 0], [0, 5], [2 ** 70, 2 ** 65 * 3], [6, 10, 15],
           [4, 6, 0], [-4, 6], [7, 13], [10 ** 20, 10 ** 15, 25]]:
    rec('gcd', lambda v: math.gcd(*v), xs)
    rec('lcm', lambda v: math.lcm(*v), xs)
for a in [0, 1, -1, 7, -7, 2 ** 62, -2 ** 62, 3 ** 39, 10]:
    for b in [0, 1, 2, 3, 10, 39, 40, 63, 64]:
        rec('ipowexact', lambda x, y: x ** y, a, b)
for n in [0, 1, 5, 10, 52, -1]:
    for k in [0, 1, 2, 5, 10, 60, -1]:
        rec('comb', math.comb, n, k)
        rec('perm', math.perm, n, k)
for _ in range(300):
    xs = [rfloat() for _ in range(rnd.randint(0, 6))]
    rec('fsum', math.fsum, xs)
    rec('hypot', lambda v: math.hypot(*v), xs)
for xs in [[1e308, 1e308], [1e308, 1e308, -1e308], [math.inf, -math.inf], [math.inf, 1.0], [math.nan, 1.0],
           [0.1] * 10, [1e100, 1.0, -1e100, 1e-100], [3.0, 4.0], [1e-320, 1e-320], [1e200, 1e200],
           [2.0 ** -1074, 2.0 ** -1074, 2.0 ** -1074]]:
    rec('fsum', math.fsum, xs)
    rec('hypot', lambda v: math.hypot(*v), xs)
for _ in range(500):
    xs = [rnd.uniform(-100, 100) for _ in range(rnd.randint(2, 4))]
    rec('hypot', lambda v: math.hypot(*v), xs)
for a, b, rt, at in [(1.0, 1.0, 1e-9, 0.0), (1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 0.0),
                     (0.0, 1e-10, 1e-9, 1e-9), (math.inf, math.inf, 1e-9, 0.0), (math.inf, 1e308, 1e-9, 0.0),
                     (1.0, 1.0, -1.0, 0.0), (1.0, 2.0, 0.0, -1.0), (math.nan, math.nan, 1e-9, 0.0)]:
    rec('isclose', lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t), a, b, rt, at)
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p1024', '0x1.fffffffffffffp1023',
          '0x1.fffffffffffff8p1023', 'inf', '-Infinity', 'nan', '0x.8', '1', 'zz', '0x', '0xp1', ' 0x1p3 ', '0x1p', '1.']:
    rec('fromhex', float.fromhex, s)
w.close()
