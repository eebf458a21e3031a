"""Shared helpers for the gen_*.py scripts that record CPython's behaviour as golden files.

Each golden file is UTF-8 text, one case per line, fields separated by TAB. Lines starting with
'#' are comments (the first one names the script that wrote the file). Inside a field, backslash,
TAB, newline, CR and every character outside printable ASCII are escaped as \\\\, \\t, \\n, \\r and
\\u{HEX} (a code point, so lone surrogates survive), which the Java side (Golden.java) undoes.

A result field is either '=' followed by the value, or '!' followed by 'ExceptionType: message'.
"""
import math
import sys
from decimal import Decimal, localcontext


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append('\\u{%X}' % o)
    return ''.join(out)


def fhex(x):
    """A float as exact text: float.hex(), or inf/-inf/nan."""
    if x != x:
        return 'nan'
    if x in (float('inf'), float('-inf')):
        return 'inf' if x > 0 else '-inf'
    return x.hex()


def outcome(fn):
    """Runs fn() and returns '=result' (result passed through str) or '!Type: message'."""
    try:
        r = fn()
    except Exception as e:  # the exception itself is the recorded behaviour
        return '!' + type(e).__name__ + ': ' + str(e)
    return '=' + str(r)


class Writer:
    def __init__(self, path, script):
        self.f = open(path, 'w', encoding='utf-8', newline='\n')
        self.f.write('# written by %s with Python %s\n' % (script, sys.version.split()[0]))
        self.n = 0

    def row(self, *fields):
        self.f.write('\t'.join(esc(str(x)) for x in fields) + '\n')
        self.n += 1

    def comment(self, text):
        self.f.write('# ' + text + '\n')

    def close(self):
        self.f.close()
        print('%s: %d cases' % (self.f.name, self.n))


def cr_pow(x, y):
    """The correctly rounded x**y for finite x, y (None for the cases every pow gets exactly right).

    glibc's pow, which CPython calls, is off by one unit in the last place in rare near-tie cases;
    the engine's pow is correctly rounded, so golden files record this value next to CPython's.
    """
    if not (math.isfinite(x) and math.isfinite(y)) or x == 0 or y == 0 or abs(x) == 1:
        return None
    if x < 0 and y != math.floor(y):
        return None
    with localcontext() as c:
        c.prec = 100
        v = (Decimal(abs(x)).ln() * Decimal(y)).exp()
        try:
            r = float(v)
        except OverflowError:
            return None
    if x < 0 and y % 2 == 1:
        r = -r
    return r
