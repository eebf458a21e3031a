"""Records str methods on many strings: strops.txt.

Each line: method, the string, arguments (a Python tuple literal), outcome (repr of the result).
Run from this folder: python3 gen_strops.py
"""
import sys
import random
import unicodedata

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer

rnd = random.Random(314)
w = Writer('strops.txt', 'gen_strops.py')


def rec(method, s, *args):
    try:
        r = '=' + repr(getattr(s, method)(*args))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    w.row(method, repr(s), repr(args), r)


STRS = ['', 'a', 'abc', 'Hello World', 'hello world', 'HELLO', '  padded  ', '\t tabs\tand\nlines\r\n',
        'a,b,,c,', ',,', 'aaa', 'abcabcabc', 'The Quick brown FOX', "it's a dog's life", 'x1y2z3',
        '\u00dfstra\u00dfe', 'stra\u00dfe', '\u0130stanbul', '\u01c4\u01c5\u01c6 dz', '\u03a3\u0391\u03a3',
        '\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3', 'A\u03a3', 'A\u03a3b', 'A\u03a3.', 'A\u0301\u03a3',
        '\u03a3', 'caf\u00e9', 'CAF\u00c9', '\u65e5\u672c\u8a9e', 'emoji \U0001F600 here', '\U0001F600\U0001F601x',
        '\U00010400\U00010428', 'line1\nline2\rline3\r\nline4\x0bline5\x0cline6\x1cx\x1dy\x1ez\x85w\u2028v\u2029u',
        'no newline', 'trailing\n', '\n\n', '\u2003em space\u3000', '\xa0nbsp\xa0', '\u0661\u0662\u0663', '\u00b2\u00bd',
        '\u2160\u2161', '\u4e00\u4e8c', '12345', '-42', '+7', '3.14', '\u0660', 'Ab Cd', 'ab cd', 'aB cD', '\u1f88',
        '\u1fbc', '\u0149', '\ufb01', '_ident', '2bad', 'na\u00efve', '\u00aa\u00ba', 'x\u0300y', '\u02b0', '\u2167',
        'abc\x00def', '\x7f\x80', '\ud800lone', '\u2028', 'Ǆemo', 'ǈj', 'ŉ', '\u0345', '\U0001d400\U0001d41a']
METHODS0 = ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title', 'isupper', 'islower', 'istitle',
            'isspace', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isidentifier', 'isprintable',
            'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']
SUBS = ['', 'a', 'b', 'abc', 'l', 'o', ',', ' ', '\u03a3', '\U0001F600', 'x', 'zz', 'ab', '\n']
IDX = [None, 0, 1, 2, -1, -3, 5, 100, -100]
for s in STRS:
    for m in METHODS0:
        rec(m, s)
    for sep in [None, ',', ' ', 'a', '', '\U0001F600']:
        for maxsplit in [-1, 0, 1]:
            rec('split', s, sep, maxsplit)
            rec('rsplit', s, sep, maxsplit)
    rec('splitlines', s, True)
    for chars in [None, 'ab', '', 'l\n', '\U0001F600x']:
        rec('strip', s, chars)
        rec('lstrip', s, chars)
        rec('rstrip', s, chars)
    for sub in SUBS:
        rec('partition', s, sub)
        rec('rpartition', s, sub)
        rec('removeprefix', s, sub)
        rec('removesuffix', s, sub)
        for _ in range(2):
            st, en = rnd.choice(IDX), rnd.choice(IDX)
            for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
                if en is None:
                    rec(m, s, sub, st) if st is not None else rec(m, s, sub)
                else:
                    rec(m, s, sub, st if st is not None else 0, en)
        for new in ['', '--']:
            for count in [-1, 1]:
                rec('replace', s, sub, new, count)
    for width in [0, 10, 11]:
        for fill in [' ', '\U0001F600']:
            rec('center', s, width, fill)
            rec('ljust', s, width, fill)
            rec('rjust', s, width, fill)
        rec('zfill', s, width)
    for t in [0, 4, -1]:
        rec('expandtabs', s, t)
for fill in ['', 'ab']:
    rec('center', 'x', 5, fill)
# Every cased character through the case methods, 256 characters a string.
cased = [chr(c) for c in range(0x110000) if not 0xd800 <= c <= 0xdfff
         and (chr(c).upper() != chr(c) or chr(c).lower() != chr(c) or chr(c).casefold() != chr(c)
              or chr(c).title() != chr(c))]
for i in range(0, len(cased), 256):
    chunk = ''.join(cased[i:i + 256])
    for m in ['upper', 'lower', 'casefold', 'title', 'swapcase']:
        rec(m, chunk)
# Character classes of a sample of code points (every 5th, plus all of Latin-1 and Greek).
for c in list(range(0, 0x400)) + list(range(0x400, 0x30000, 5)) + list(range(0xE0000, 0xE0080)):
    if 0xd800 <= c <= 0xdfff:
        continue
    ch = chr(c)
    flags = ''.join('1' if f() else '0' for f in (ch.isupper, ch.islower, ch.istitle, ch.isspace, ch.isalpha,
                                                  ch.isalnum, ch.isdecimal, ch.isdigit, ch.isnumeric,
                                                  ch.isidentifier, ch.isprintable))
    if flags != '00000000001' and flags != '00000000000':
        w.row('flags', repr(ch), '()', '=' + flags)
w.close()
