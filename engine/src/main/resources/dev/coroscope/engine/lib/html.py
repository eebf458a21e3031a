"""HTML escaping for Coroscope, written for the engine: escape() and unescape() behave as CPython
3.11's (numeric references with HTML5's replacements for invalid code points; named references
matched by the longest known name, with or without the semicolon where HTML5 allows it)."""

from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']

_AFTER_AMP = {ord('<'): '&lt;', ord('>'): '&gt;'}
_AFTER_AMP_QUOTES = dict(_AFTER_AMP)
_AFTER_AMP_QUOTES[ord('"')] = '&quot;'
_AFTER_AMP_QUOTES[ord("'")] = '&#x27;'


def escape(s, quote=True):
    # The ampersand goes first so that the references put in after it are left alone.
    s = s.replace("&", "&amp;")
    return s.translate(_AFTER_AMP_QUOTES if quote else _AFTER_AMP)


# Numeric references to 0x80-0x9f mean windows-1252's characters (HTML5); the five positions
# windows-1252 leaves undefined keep their code point. NUL and CR have fixed replacements too.
_C1_AS_CP1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                 '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_SPECIAL_NUMBERS = dict(zip(range(0x80, 0xa0), _C1_AS_CP1252))
_SPECIAL_NUMBERS[0x00] = '\ufffd'
_SPECIAL_NUMBERS[0x0d] = '\r'


def _dropped(code):
    """Code points a numeric reference may not produce: they vanish from the text."""
    return (0x01 <= code <= 0x08 or code == 0x0b or 0x0e <= code <= 0x1f or 0x7f <= code <= 0x9f
            or 0xfdd0 <= code <= 0xfdef or code & 0xfffe == 0xfffe)


def _from_number(code):
    special = _SPECIAL_NUMBERS.get(code)
    if special is not None:
        return special
    if code > 0x10ffff or 0xd800 <= code <= 0xdfff:
        return '\ufffd'
    return '' if _dropped(code) else chr(code)


def _from_name(name):
    """Text for '&' + name (name may end with ';'): the whole name if known, else its longest
    known prefix (of two or more characters) followed by the rest, else unchanged."""
    whole = _html5.get(name)
    if whole is not None:
        return whole
    for size in range(len(name) - 1, 1, -1):
        found = _html5.get(name[:size])
        if found is not None:
            return found + name[size:]
    return '&' + name


_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
_DEC_DIGITS = frozenset('0123456789')
_NOT_IN_NAME = frozenset('\t\n\x0c <&#;')


def _run(s, pos, allowed, limit=None):
    """End of the run of characters from `allowed` starting at pos (at most limit of them)."""
    end = pos
    stop = len(s) if limit is None else min(len(s), pos + limit)
    while end < stop and s[end] in allowed:
        end += 1
    return end


def _run_outside(s, pos, excluded, limit):
    end = pos
    stop = min(len(s), pos + limit)
    while end < stop and s[end] not in excluded:
        end += 1
    return end


def _reference_at(s, start):
    """(replacement, end) for a character reference whose text begins at start (just after an
    '&'), or None when no reference begins there."""
    if s.startswith('#', start):
        if s.startswith(('#x', '#X'), start):
            digits_at, base, digits = start + 2, 16, _HEX_DIGITS
        else:
            digits_at, base, digits = start + 1, 10, _DEC_DIGITS
        end = _run(s, digits_at, digits)
        if end == digits_at:
            return None
        text = _from_number(int(s[digits_at:end], base))
    else:
        end = _run_outside(s, start, _NOT_IN_NAME, 32)
        if end == start:
            return None
        if s.startswith(';', end):
            end += 1
        return _from_name(s[start:end]), end
    if s.startswith(';', end):
        end += 1
    return text, end


def unescape(s):
    if '&' not in s:
        return s
    parts = []
    done = 0
    amp = s.find('&')
    while amp >= 0:
        found = _reference_at(s, amp + 1)
        if found is None:
            amp = s.find('&', amp + 1)
            continue
        parts.append(s[done:amp])
        parts.append(found[0])
        done = found[1]
        amp = s.find('&', done)
    parts.append(s[done:])
    return ''.join(parts)
