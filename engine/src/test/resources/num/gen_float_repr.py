"""Records repr(x) for many doubles: float_repr.txt, one 'hex<TAB>repr' per line.

Run from this folder: python3 gen_float_repr.py
"""
import sys
import math
import random
import struct

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, fhex

rnd = random.Random(20240611)
cases = []


def add(x):
    cases.append(x)


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


# Edge values.
for x in [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1e-4, 1e-5, 1e-05, 0.0001,
          123456789012345.67, 1e22, 1e23, 2e23, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, math.pi, math.e, float('inf'),
          float('-inf'), float('nan'), 9007199254740992.0, 9007199254740993.0, 2.0 ** 63, 2.0 ** 64,
          0.5, 0.25, 0.125, 1.5, 2.5, 100.0, 1234.5, 1e100, 1e-100, 1e300, 1e-300, 1e308, 1e-308,
          4.35, 2.675, 0.07, 1.1, 2.2, 3.3, 1.23456789e-7, 9.999999999999999e22, 1e21, 1e-7]:
    add(x)
# Every power of two and ten, and their neighbours.
for e in range(-1074, 1024):
    x = math.ldexp(1.0, e)
    add(x)
    add(math.nextafter(x, 0))
    add(math.nextafter(x, math.inf))
for e in range(-325, 309):
    x = float('1e%d' % e)
    add(x)
    add(math.nextafter(x, 0))
    add(math.nextafter(x, math.inf))
# Integers around the fixed/exponent switch and 2**53.
for base in [10 ** 15, 10 ** 16, 10 ** 17, 2 ** 53, 2 ** 54]:
    for d in range(-6, 7):
        add(float(base + d))
# Random bit patterns (every exponent range, subnormals included).
for _ in range(6000):
    add(from_bits(rnd.getrandbits(64)))
for _ in range(1000):
    add(from_bits(rnd.getrandbits(52)))  # subnormals
# Random short decimals, which exercise the shortest-digits choice.
for _ in range(4000):
    digits = rnd.randint(1, 17)
    exp = rnd.randint(-30, 30)
    add(float('%de%d' % (rnd.randrange(10 ** digits), exp)))
for _ in range(2000):
    add(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
for _ in range(1000):
    add(rnd.random())

w = Writer('float_repr.txt', 'gen_float_repr.py')
seen = set()
for x in cases:
    key = fhex(x)
    if key in seen:
        continue
    seen.add(key)
    w.row(key, repr(x))
w.close()
