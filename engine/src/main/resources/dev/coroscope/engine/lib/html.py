"""html for Coroscope: escape() and unescape() as CPython 3.11 behaves (numeric references with the
HTML5 replacements for invalid code points, named references matched by the longest known name,
with or without the semicolon where HTML5 allows it). Written for the engine."""

import html.entities as _entities

__all__ = ['escape', 'unescape']

_html5 = _entities.html5

_ESCAPES = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_QUOTE_ESCAPES = (('"', '&quot;'), ("'", '&#x27;'))


def escape(s, quote=True):
    """s with &, < and > (and, when quote is true, both kinds of quotation mark) written as
    character references, safe to put into HTML text or an attribute value."""
    for ch, ref in _ESCAPES:
        s = s.replace(ch, ref)
    if quote:
        for ch, ref in _QUOTE_ESCAPES:
            s = s.replace(ch, ref)
    return s


# Code points 0x80-0x9f given by a numeric reference mean the windows-1252 characters (HTML5);
# the five bytes windows-1252 leaves undefined stay themselves.
_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
           '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
for _i, _ch in enumerate(_CP1252):
    _invalid_charrefs[0x80 + _i] = _ch
del _i, _ch


def _invalid_codepoint(n):
    if 0x1 <= n <= 0x8 or 0xe <= n <= 0x1f or 0x7f <= n <= 0x9f or 0xfdd0 <= n <= 0xfdef or n == 0xb:
        return True
    return (n & 0xfffe) == 0xfffe


_NAME_STOP = '\t\n\x0c <&#;'
_HEX = '0123456789abcdefABCDEF'


def _numeric(body):
    """The text for a numeric reference: body is what follows '&#' (digits, or x and hex digits)."""
    hexa = body[0] in 'xX'
    code = int(body[1:] if hexa else body, 16 if hexa else 10)
    replacement = _invalid_charrefs.get(code)
    if replacement is not None:
        return replacement
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return '\ufffd'
    return '' if _invalid_codepoint(code) else chr(code)


def _named(name):
    """The text for a named reference (name without its '&', maybe ending in ';'): the longest
    known name that starts it, followed by the rest; unchanged when none does."""
    found = _html5.get(name)
    if found is not None:
        return found
    for cut in range(len(name) - 1, 1, -1):
        found = _html5.get(name[:cut])
        if found is not None:
            return found + name[cut:]
    return '&' + name


def _ref_end(s, i, n):
    """The end of a reference starting after the '&' at i - 1, or -1 when none starts there."""
    if i < n and s[i] == '#':
        j = i + 1
        if j < n and s[j] in 'xX' and j + 1 < n and s[j + 1] in _HEX:
            j += 1
            while j < n and s[j] in _HEX:
                j += 1
        elif j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            return -1
        if j < n and s[j] == ';':
            j += 1
        return j
    j = i
    while j < n and j - i < 32 and s[j] not in _NAME_STOP:
        j += 1
    if j == i:
        return -1
    if j < n and s[j] == ';':
        j += 1
    return j


def unescape(s):
    """s with every named and numeric character reference (&gt;, &#62;, &#x3e;) replaced by the
    character it stands for, following HTML5's rules, including those for invalid references and
    for names written without their semicolon."""
    pieces = []
    pos = 0
    end_of_text = len(s)
    amp = s.find('&')
    while amp >= 0:
        stop = _ref_end(s, amp + 1, end_of_text)
        if stop < 0:
            amp = s.find('&', amp + 1)
            continue
        pieces.append(s[pos:amp])
        body = s[amp + 1:stop]
        if body[0] == '#':
            pieces.append(_numeric(body[1:].rstrip(';')))
        else:
            pieces.append(_named(body))
        pos = stop
        amp = s.find('&', pos)
    if not pieces:
        return s
    pieces.append(s[pos:])
    return ''.join(pieces)
