"""html for Coroscope: escape() and unescape() as CPython 3.11 behaves (numeric references with the
HTML5 replacements for invalid code points, named references matched by the longest known name,
with or without the semicolon where HTML5 allows it). Written for the engine."""

from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
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


def _charref(s):
    # s is the reference without its '&'
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd'
        if _invalid_codepoint(num):
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _html5:
            return _html5[s[:x]] + s[x:]
    return '&' + s


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
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while True:
        amp = s.find('&', i)
        if amp < 0:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        end = _ref_end(s, amp + 1, n)
        if end < 0:
            out.append('&')
            i = amp + 1
            continue
        out.append(_charref(s[amp + 1:end]))
        i = end
    return ''.join(out)
