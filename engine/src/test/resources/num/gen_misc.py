"""Records repr/ascii of str and bytes, and int conversions: misc.txt.

Each line: operation, argument(s), outcome. Strings and bytes arguments are given as Python
literals (repr); ints in decimal. Run from this folder: python3 gen_misc.py
"""
import sys
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer, outcome

rnd = random.Random(16)
w = Writer('misc.txt', 'gen_misc.py')

STRS = ['', 'a', "'", '"', '\'"', 'it\'s', 'say "hi"', '\\', '\t\n\r', '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xad\xff',
        'caf\u00e9', '\u65e5\u672c', '\u2028\u2029', '\u200b\u200e\ufeff', '\ud800', '\udfff', '\U0001F600',
        '\U000e0001', '\U0010ffff', '\U000f0000', '\u0378', '\u0590', '\u061c', '\u3000', '\u1680', 'a\u0301',
        '\u0e3f', '\uffff', '\ufffe', '\U0001d7ce', '\u00a0x']
for s in STRS:
    w.row('repr', repr(s), outcome(lambda: repr(s)))
    w.row('ascii', repr(s), outcome(lambda: ascii(s)))
for start in list(range(0, 0x3000, 256)) + list(range(0x3000, 0x30000, 0x1000)) + [0xE0000, 0xF0000, 0x10FF00]:
    chunk = ''.join(chr(c) for c in range(start, min(start + 256, 0x110000)) if not 0xd800 <= c <= 0xdfff)
    if chunk:
        w.row('repr', ascii(chunk), outcome(lambda: repr(chunk)))
for b in [b'', b'a', b"'", b'"', b'\'"', bytes(range(256)), b'\\', b'\x00\xff', b'it\'s "x"']:
    w.row('bytesrepr', repr(b), outcome(lambda: repr(b)))

INTS = [0, 1, -1, 7, -7, 255, -256, 2 ** 31, 2 ** 63, -2 ** 63, 2 ** 64, 10 ** 30, -10 ** 30, 12345678901234567890]
INTS += [rnd.getrandbits(rnd.randint(1, 300)) * rnd.choice([1, -1]) for _ in range(100)]
for n in INTS:
    w.row('bin', n, outcome(lambda: bin(n)))
    w.row('oct', n, outcome(lambda: oct(n)))
    w.row('hex', n, outcome(lambda: hex(n)))
    w.row('str', n, outcome(lambda: str(n)))
    w.row('bit_length', n, outcome(lambda: n.bit_length()))
    w.row('bit_count', n, outcome(lambda: n.bit_count()))
    for length in [0, 1, 2, 4, 8, 40]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                w.row('to_bytes', n, length, order, signed,
                      outcome(lambda: n.to_bytes(length, order, signed=signed).hex()))
for e in [4299, 4300]:
    for sign in [1, -1]:
        n = sign * (10 ** e - 1)
        w.row('strlen', '%d*(10**%d-1)' % (sign, e), outcome(lambda: len(str(n))))
        n = sign * 10 ** e
        w.row('strlen', '%d*10**%d' % (sign, e), outcome(lambda: len(str(n))))
for hexs in ['', '00', 'ff', '0100', 'ffff', '7f', '80', '0080', 'deadbeef', '00' * 20 + '01']:
    b = bytes.fromhex(hexs)
    for order in ['big', 'little']:
        for signed in [False, True]:
            w.row('from_bytes', hexs, order, signed, outcome(lambda: int.from_bytes(b, order, signed=signed)))
PAIRS = ['', 'a', 'b', 'ab', 'abc', 'B', '\uffff', '\U00010000', '\ue000', '\U0001F600', '\xe9', 'e\u0301',
         '\ud7ff', 'a\U00010000', 'a\uffff']
for x in PAIRS:
    for y in PAIRS:
        w.row('strcmp', repr(x), repr(y), outcome(lambda: (x > y) - (x < y)))
SLICE_STRS = ['', 'abcdef', 'a\U0001F600b\U0001F601c']
BOUNDS = [None, 0, 1, 2, -1, -2, 5, 100, -100]
for s in SLICE_STRS:
    for _ in range(150):
        a, b, c = rnd.choice(BOUNDS), rnd.choice(BOUNDS), rnd.choice([None, 1, 2, -1, -2, 3, 0])
        w.row('slice', repr(s), repr((a, b, c)), outcome(lambda: repr(s[a:b:c])))
w.close()
