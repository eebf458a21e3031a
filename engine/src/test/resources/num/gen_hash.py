"""Records hash() of ints, bools, floats, tuples and frozensets: hash.txt.

Each line: kind, value as Python source (evaluated by the Java test's small reader), hash.
Run from this folder: python3 gen_hash.py
"""
import sys
import math
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, fhex

rnd = random.Random(61)
w = Writer('hash.txt', 'gen_hash.py')

ints = [0, 1, -1, -2, 2, 7, -7, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61 - 1), -(2 ** 61), 2 ** 62, 2 ** 63 - 1,
        -(2 ** 63), 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 30, -10 ** 30, 2 ** 122 - 2, 3 ** 200, -(3 ** 200)]
ints += [rnd.getrandbits(rnd.randint(1, 300)) * rnd.choice([1, -1]) for _ in range(300)]
for n in ints:
    w.row('int', n, hash(n))
for b in (True, False):
    w.row('bool', b, hash(b))
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e300, -1e300, 5e-324, 2.0 ** 61, 2.0 ** 62, 2.0 ** -61,
          math.inf, -math.inf, 1e16, 123.456, -2.0]
floats += [rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-320, 300) for _ in range(300)]
floats += [float(rnd.getrandbits(70)) for _ in range(50)]
for x in floats:
    w.row('float', fhex(x), hash(x))


def rnd_tuple(depth=0):
    items = []
    for _ in range(rnd.randint(0, 5)):
        r = rnd.random()
        if r < 0.5:
            items.append(rnd.choice([rnd.randint(-5, 5), rnd.getrandbits(70)]))
        elif r < 0.7:
            items.append(rnd.uniform(-10, 10))
        elif r < 0.8:
            items.append(rnd.choice([True, False]))
        elif depth < 2:
            items.append(rnd_tuple(depth + 1))
    return tuple(items)


for t in [(), (1,), (1, 2), (-1,), (-2,), ((),), (1, (2, 3))] + [rnd_tuple() for _ in range(300)]:
    w.row('tuple', repr(t), hash(t))
for fs in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({-1}), frozenset(range(100))] + \
        [frozenset(rnd.randint(-50, 50) for _ in range(rnd.randint(0, 20))) for _ in range(100)]:
    w.row('frozenset', repr(sorted(fs)), hash(fs))
w.close()
