"""Records format(value, spec) for int, bool, float and str values: format.txt.

Each line: kind (int/bool/float/str), value (decimal int, float.hex(), or the str), spec, outcome
('=text' or '!Type: message'). Specs come from a fixed list of interesting ones, a systematic sweep
of type x option combinations, and random combinations of every spec field.

Run from this folder: python3 gen_format.py
"""
import sys
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, fhex, outcome

rnd = random.Random(1311)
w = Writer('format.txt', 'gen_format.py')

INTS = [0, 1, -1, 7, 42, -42, 255, -255, 1234, -1234, 65, 0x10FFFF, 0x110000, 123456789,
        -987654321, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 20, -10 ** 25 - 7, 2 ** 130]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 3.5, 3.14159, -2.675, 2.675, 1e16, 1e-5, 1234567.891,
          -0.0001, 1e300, 5e-324, 123456789.0, 0.1, float('inf'), float('-inf'), float('nan'),
          1e22, 9.995, 0.125, 0.375, 99.99, 1e15, 123456.0, 1.5e-7, 12345678901234567890.0,
          -1234.5678, 0.000123456, 1.7976931348623157e308, 1 / 3, 2 / 3, 100.0, 0.05, 1e-320]
STRS = ['', 'a', 'hello', 'h\xe9llo', '\u65e5\u672c\u8a9e', 'emoji \U0001F600!', 'x' * 30]

FILLALIGN = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0=', '0<', '0>', 'x^', '\U0001F600>',
             ' =', '{<', '}>', ':^', '#>', '+<', '<<', '==']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '0', '1', '5', '8', '12', '20', '025', '07']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.20']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']
STR_TYPES = ['', 's', 'd', 'r']


def rec(value, spec):
    kind = type(value).__name__
    shown = fhex(value) if kind == 'float' else value
    w.row(kind, shown, spec, outcome(lambda: format(value, spec)))


def random_spec(types):
    parts = [rnd.choice(FILLALIGN) if rnd.random() < 0.6 else '',
             rnd.choice(SIGNS) if rnd.random() < 0.4 else '',
             'z' if rnd.random() < 0.1 else '',
             '#' if rnd.random() < 0.25 else '',
             '0' if rnd.random() < 0.2 else '',
             rnd.choice(WIDTHS) if rnd.random() < 0.6 else '',
             rnd.choice(GROUPS) if rnd.random() < 0.3 else '',
             rnd.choice(PRECS) if rnd.random() < 0.5 else '',
             rnd.choice(types)]
    return ''.join(parts)


FIXED = ['', 'abc', 'c+', '+c', '#c', ',c', ',_', '_,', '.', '99999999999999999999',
         '.99999999999999999999', '.2147483648f', '\x01', '\xe9', '\x00', ' ', '5 ', 'ab', '0x',
         '5..2', '%', 'x,', ',x', '_x', '_b', '_o', '_X', ',b', '_d', ',d', '_n', ',n', '_s', ',s',
         '=', '=5', '^', '>', '<', 'z', 'z.2f', '#', '#x', '#o', '#b', '#X', '08,', '09,', '010,',
         '0=10,', '0>10,', '*=+12,', '_^15_', '015_x', '\u0661\u0662', '.\u0663f', '\U0001D7D8\U0001D7D7',
         '0', '00', '000', '-', '+', '+08.3f', '-08.3f', ' 08.3f', 'z+08.3f', '#.0f', '#.0e', '#g',
         '#.3g', '.0g', '.0%', '.1%', '#%', ',.2f', '_.2f', ',.2e', ',g', ',%', '20,', '>20,', '^20,',
         '<20,', '=20,', '0=20,', 'z#020_.3e']

for values in (INTS, BOOLS, FLOATS, STRS):
    for v in values:
        for spec in FIXED:
            rec(v, spec)

# Systematic: every type with alternate form, signs, zero padding and precisions.
for v in INTS + BOOLS:
    for t in INT_TYPES:
        for opts in ['', '#', '+', ' ', '08', '#010', '+#012', ',', '_', '.2', '<6', '^9', '=+9']:
            rec(v, opts + t)
for v in FLOATS:
    for t in FLOAT_TYPES:
        for opts in ['', '#', '+', ' ', '010', '.0', '.1', '.3', '#.0', '#.3', '.12', '.17', '.25',
                     ',', '_', '015,.2', 'z', 'z.1', '+.2', '^20.4', '=+12.3', '<10.2']:
            rec(v, opts + t)
for v in STRS:
    for t in STR_TYPES:
        for opts in ['', '5', '.2', '10.3', '<10', '>10', '^10', '*^11', '=10', '010', '.0', '+', '#']:
            rec(v, opts + t)

# Random specs.
for _ in range(3000):
    rec(rnd.choice(INTS + BOOLS), random_spec(INT_TYPES))
for _ in range(5000):
    rec(rnd.choice(FLOATS), random_spec(FLOAT_TYPES))
for _ in range(800):
    rec(rnd.choice(STRS), random_spec(STR_TYPES))

# Rounding from the exact binary value: random doubles and near-ties at many precisions.
for _ in range(3000):
    x = rnd.choice([rnd.uniform(-1e6, 1e6), rnd.random(), rnd.uniform(-1, 1) * 10 ** rnd.randint(-30, 30),
                    round(rnd.uniform(0, 100), rnd.randint(1, 4)) + 5 * 10 ** -rnd.randint(2, 6)])
    t = rnd.choice('eEfFgG%n')
    rec(x, '.%d%s' % (rnd.randint(0, 20), t))
for k in range(1, 200):
    x = k / 8
    for t in 'efg':
        rec(x, '.0' + t)
        rec(x, '.1' + t)
w.close()
