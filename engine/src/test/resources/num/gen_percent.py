"""Records printf-style formatting, fmt % args: percent.txt.

Each line: format string, args as a Python literal (ints, floats, strs, bools, None, tuples, lists,
dicts), outcome. Run from this folder: python3 gen_percent.py
"""
import sys
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, outcome

rnd = random.Random(37)
w = Writer('percent.txt', 'gen_percent.py')


def rec(fmt, args, shown=None):
    """shown: the args as source text when repr() would be too long (e.g. '(10**4300,)')."""
    w.row(fmt, shown or repr(args), outcome(lambda: fmt % args))


VALUES = [0, 1, -1, 42, -42, 255, 123456789, -2 ** 70, 3.5, -2.675, 0.1, 1e16, 1e-5, float('inf'), float('nan'),
          -0.0, True, False, None, 'abc', '', 'h\xe9\u65e5', "it's", [1, 2], (1,), {'a': 1}, 65, 0x10FFFF, 'x',
          1234.5678, 2.5, 1e300]
CONV = 'sdiuoxXeEfFgGcra%'

# Every conversion with every value.
for v in VALUES:
    for c in CONV:
        rec('%' + c, (v,))
        rec('<%5' + c + '>', (v,))
# Flags, widths and precisions.
for _ in range(3000):
    flags = ''.join(rnd.sample('-+ #0', rnd.randint(0, 3)))
    width = rnd.choice(['', '1', '5', '12', '*'])
    prec = rnd.choice(['', '.', '.0', '.2', '.5', '.12', '.*'])
    conv = rnd.choice(CONV[:-1])
    length = rnd.choice(['', '', '', 'l', 'h', 'L'])
    fmt = '[%' + flags + width + prec + length + conv + ']'
    v = rnd.choice(VALUES)
    args = []
    if width == '*':
        args.append(rnd.choice([3, -4, 0, 10]))
    if prec == '.*':
        args.append(rnd.choice([0, 2, -1, 4]))
    args.append(v)
    rec(fmt, tuple(args))
# Argument counting, mappings and errors.
CASES = [
    ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('abc', ()), ('abc', 5), ('abc', []), ('abc', {}), ('%s', [1, 2]),
    ('%s', 5), ('%s %s', 5), ('%d', 'x'), ('%x', 3.0), ('%o', 2.5), ('%X', 'a'), ('%c', 'ab'), ('%c', 3.0),
    ('%c', -1), ('%c', 0x110000), ('%f', 'x'), ('%e', None), ('%y', 1), ('%\u00e9', 1), ('abc %', ()),
    ('abc %5', (1,)), ('%.', (1,)), ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s', (1,)),
    ('%(a)s', {'b': 1}), ('%(a', {'a': 1}), ('%(a(b))s', {'a(b)': 5}), ('%(a)s %s', {'a': 1}),
    ('%(a)*d', {'a': 1}), ('%*d', ('x', 1)), ('%.*f', (2.5, 1.0)), ('%5%', ()), ('%5%', (1,)), ('%-5%', (1,)),
    ('%%', ()), ('%% %s', (1,)), ('100%%', ()), ('%s%%', (5,)), ('%-05d', (42,)), ('%+05d', (42,)), ('% 05d', (-42,)),
    ('%#08x', (255,)), ('%#-8X', (255,)), ('%#o', (8,)), ('%#.5o', (8,)), ('%.3s', ('abcdef',)), ('%.3r', ('abcdef',)),
    ('%10.3s|', ('abcdef',)), ('%-10s|', ('ab',)), ('%05s', ('ab',)), ('%+s', ('ab',)), ('%#5.1f', (3.0,)),
    ('%#.0e', (3.0,)), ('%#g', (3.0,)), ('%g', (1e-5,)), ('%G', (1e20,)), ('%.0f', (2.5,)), ('%.0f', (3.5,)),
    ('%.2f', (2.675,)), ('%5c', ('x',)), ('%-5c|', (65,)), ('%05c', (65,)), ('%c', (True,)), ('%d', (True,)),
    ('%s', (True,)), ('%r', ('a\nb',)), ('%a', ('\xe9',)), ('%i %u', (3.9, -3.9)), ('%ld %hd %Ld', (1, 2, 3)),
    ('%(x)s', {'x': (1, 2)}), ('%s', ((1, 2),)), ('%(k)d', {'k': 'v'}), ('%0*d', (5, 42)), ('%-*d|', (-5, 42)),
    ('%*d|', (-5, 42)), ('%.*s', (-1, 'abc')), ('%3$s', (1,)), ('%s %(a)s', {'a': 1}),
]
for fmt, args in CASES:
    rec(fmt, args)
for fmt, e in [('%d', 4300), ('%d', 4299), ('%s', 4300), ('%5d', 4300)]:
    rec(fmt, (10 ** e,), '(10**%d,)' % e)
rec('%x', (10 ** 4300,), '(10**4300,)')
w.close()
