"""Writes the Unicode property tables the engine's str methods use, as CPython 3.11 sees them.

Output: ../../../main/resources/dev/coroscope/engine/runtime/text/unicode.txt (read by
dev.coroscope.engine.runtime.text.Unicode). Every property is taken from what CPython's own str
methods answer for each code point, so the engine agrees with CPython's Unicode version (14.0),
not Java's.

Format, one table per line, numbers in hex:
  RANGES name  a-b a-b ...        code points where the predicate holds (b inclusive; 'a' alone = a-a)
  DECIMAL      a-b:z ...          decimal digits: value = cp - z
  MAP name     cp=m.m.m ...       full case mapping where it differs (upper, lower, title, fold)

Run from this folder: python3 gen_unicode.py
"""
import sys
import unicodedata

OUT = '../../../main/resources/dev/coroscope/engine/runtime/text/unicode.txt'
MAX = 0x110000


def is_surrogate(cp):
    return 0xD800 <= cp <= 0xDFFF


def ranges(pred):
    out = []
    start = None
    for cp in range(MAX):
        ok = not is_surrogate(cp) and pred(chr(cp))
        if ok and start is None:
            start = cp
        elif not ok and start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def fmt_ranges(rs):
    return ' '.join('%x' % a if a == b else '%x-%x' % (a, b) for a, b in rs)


def cased(c):
    return c.islower() or c.isupper() or unicodedata.category(c) == 'Lt'


def case_ignorable(c):
    # CPython's lower() turns a capital sigma into the final form only when the sigma follows a
    # cased letter, skipping case-ignorable characters; probing that rule reveals the property.
    if c == '\u03a3':
        return False
    if cased(c):
        return ('1' + c + '\u03a3').lower()[-1] == '\u03c3'
    return ('A' + c + '\u03a3').lower()[-1] == '\u03c2'


PROPS = [
    ('printable', lambda c: c.isprintable()),
    ('space', lambda c: c.isspace()),
    ('alpha', lambda c: c.isalpha()),
    ('digit', lambda c: c.isdigit()),
    ('numeric', lambda c: c.isnumeric()),
    ('lower', lambda c: c.islower()),
    ('upper', lambda c: c.isupper()),
    ('title', lambda c: unicodedata.category(c) == 'Lt'),
    ('cased', cased),
    ('caseignorable', case_ignorable),
    ('idstart', lambda c: c.isidentifier()),
    ('idcontinue', lambda c: ('a' + c).isidentifier()),
    ('linebreak', lambda c: len(('a' + c + 'b').splitlines()) == 2),
]


def main():
    lines = ['# Unicode %s properties as CPython %s reports them; written by gen_unicode.py'
             % (unicodedata.unidata_version, sys.version.split()[0])]
    for name, pred in PROPS:
        lines.append('RANGES %s %s' % (name, fmt_ranges(ranges(pred))))
    runs = []
    for cp in range(MAX):
        if is_surrogate(cp):
            continue
        c = chr(cp)
        if c.isdecimal():
            z = cp - unicodedata.decimal(c)
            if runs and runs[-1][1] == cp - 1 and runs[-1][2] == z:
                runs[-1][1] = cp
            else:
                runs.append([cp, cp, z])
    lines.append('DECIMAL ' + ' '.join('%x-%x:%x' % tuple(r) for r in runs))
    maps = {'upper': [], 'lower': [], 'title': [], 'fold': []}
    for cp in range(MAX):
        if is_surrogate(cp):
            continue
        c = chr(cp)
        up, lo, ti, fo = c.upper(), c.lower(), c.title(), c.casefold()
        if up != c:
            maps['upper'].append((cp, up))
        if lo != c:
            maps['lower'].append((cp, lo))
        if ti != up:  # title defaults to the upper mapping
            maps['title'].append((cp, ti))
        if fo != lo:  # casefold defaults to the lower mapping
            maps['fold'].append((cp, fo))
    for name, pairs in maps.items():
        lines.append('MAP %s %s' % (name, ' '.join(
            '%x=%s' % (cp, '.'.join('%x' % ord(ch) for ch in m)) for cp, m in pairs)))
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    for line in lines[1:]:
        print(line.split()[0], line.split()[1] if len(line.split()) > 1 else '', len(line))


main()
