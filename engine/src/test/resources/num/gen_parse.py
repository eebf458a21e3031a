"""Records int(s, base) and float(s) for many strings: parse.txt.

Each line: 'int', s, base, outcome  or  'float', s, '', outcome. int results are hex(); float
results are float.hex() (exact), so correct rounding of long decimal strings is checked too.

Run from this folder: python3 gen_parse.py
"""
import sys
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, fhex

rnd = random.Random(4300)
w = Writer('parse.txt', 'gen_parse.py')


def rec_int(s, base=10):
    try:
        r = '=' + hex(int(s, base))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    w.row('int', s, base, r)


def rec_float(s):
    try:
        r = '=' + fhex(float(s))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    w.row('float', s, '', r)


SPACES = ['', ' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x85', '\xa0', '\u2003', '\u3000', '\x00']
INT_STRS = ['0', '1', '-1', '+1', '00', '000', '0_0', '010', '08', '0x1f', '0X1F', '0o17', '0O17', '0b101',
            '0B101', '0x_1f', '0_x1f', '0x__1f', '0x', '0b', '0o', '0x1f_', '1__0', '_1', '1_', '1_0',
            '1_000_000', '-0', '+0', '- 1', '--1', '+-1', '', ' ', '1 2', '12abc', 'abc', 'z', 'Z', 'zz',
            '\u0661\u0662\u0663', '\u0661x', '\uff11\uff12', '\U0001D7CE\U0001D7CF', '1.0', '1e5', '0b2',
            '0o8', '0xg', '9' * 30, '-' + '7' * 40, '١_٢', '0_x', '1\x00', '\x001', '0 ', ' 0x10 ',
            'ff', 'FF', 'Ff', '0xFF', '-0xff', '+0b1', '2147483648', '-9223372036854775809']
for s in INT_STRS:
    for base in [10, 0, 2, 8, 16, 36]:
        rec_int(s, base)
for s in ['1', '12', 'z']:
    for base in [-1, 1, 37, 100, 3, 7, 35]:
        rec_int(s, base)
for sp in SPACES:
    rec_int(sp + '42' + sp)
    rec_int(sp + '-0x2a' + sp, 0)
for _ in range(1500):
    base = rnd.choice([2, 3, 8, 10, 10, 10, 16, 36, 0])
    n = rnd.choice([rnd.randrange(100), rnd.randrange(10 ** 20), rnd.getrandbits(200)])
    if base in (0, 10):
        s = str(n)
    else:
        digs = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
        s = ''
        m = n
        while True:
            s = digs[m % base] + s
            m //= base
            if m == 0:
                break
    if rnd.random() < 0.3:
        s = '_'.join(s[i:i + 3] for i in range(0, len(s), 3))
    if rnd.random() < 0.2:
        s = rnd.choice(['-', '+']) + s
    if rnd.random() < 0.1:
        s = s.upper()
    rec_int(s, base)
# The int/str digit limit: counted digits, spaces and the check's place before validation.
for s in ['1' * 4300, '1' * 4301, '-' + '1' * 4301, '0' * 5000, ' ' * 5000 + '1', '1_' * 4300 + '1',
          '1' * 4301 + 'x', 'x' + '1' * 4301, '1' * 640, '1' * 641]:
    rec_int(s)
rec_int('1' * 5000, 16)
rec_int('1' * 5000, 36)
rec_int('1' * 5000, 0)
rec_int('z' * 300)

FLOAT_STRS = ['0', '1', '-1', '1.5', '.5', '5.', '.', '-.5', '+.5e1', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+',
              'e5', '1.e5', '.e5', 'inf', 'Inf', 'INF', '-inf', '+inf', 'infinity', 'INFINITY', '-Infinity',
              'infinit', 'infinityy', 'nan', 'NaN', '-nan', '+nan', 'nann', 'in', '1_0', '1_0.5', '1__0',
              '_1', '1_', '1._5', '1_.5', '1e_5', '1e5_0', '1_e5', '0x1p3', '0x10', '1d', '1f', '1.5.5',
              '', ' ', '--1', '+-1', '1 2', '\u0661.\u0665', '\u0661e\u0662', '\uff11\uff0e\uff15',
              '1\x00', '1e99999', '-1e99999', '1e-99999', '1e400', '4.9e-324', '2.4703282292062327e-324',
              '2.4703282292062328e-324', '1.7976931348623157e308', '1.7976931348623158e308',
              '1.7976931348623159e308', '9007199254740993', '0.1', '0.3', '123456789012345678901234567890',
              '000001', '0000.00001e00005', '1e0000000000000000000000000000001']
for s in FLOAT_STRS:
    rec_float(s)
for sp in SPACES:
    rec_float(sp + '2.5' + sp)
    rec_float(sp + 'nan' + sp)
for _ in range(3000):
    x = rnd.choice([rnd.random(), rnd.uniform(-1e10, 1e10), rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-320, 308)])
    form = rnd.choice(['%r', '%.17g', '%.25e', '%.40f', '%.3g', '%.60e', '%g'])
    rec_float(form % x if form != '%r' else repr(x))
# Halfway cases between adjacent doubles, which need exact decimal reading.
for _ in range(150):
    x = rnd.uniform(0.5, 2) * 10.0 ** rnd.randint(-300, 300)
    import math
    y = math.nextafter(x, math.inf)
    from decimal import Decimal, getcontext
    getcontext().prec = 800
    mid = (Decimal(x) + Decimal(y)) / 2
    rec_float(str(mid))
    rec_float(str(mid + Decimal(10) ** (mid.adjusted() - 780)))
w.close()
