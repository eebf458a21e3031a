"""unicodedata for Coroscope: character names, categories, numeric values, bidirectional classes,
mirroring and normalization from the JVM's Unicode tables, with CPython's names for algorithmic
characters (CJK ideographs, Hangul syllables) and its messages. Written for the engine."""

import _coroscope

unidata_version = '14.0.0'

_JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H']
_JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI',
           'YU', 'EU', 'YI', 'I']
_JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B',
           'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H']

_BIDI = ['L', 'R', 'AL', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM', 'BN', 'B', 'S', 'WS', 'ON', 'LRE', 'LRO', 'RLE',
         'RLO', 'PDF', 'LRI', 'RLI', 'FSI', 'PDI']

_FRACTIONS = {0xBC: 0.25, 0xBD: 0.5, 0xBE: 0.75, 0x2150: 1 / 7, 0x2151: 1 / 9, 0x2152: 0.1, 0x2153: 1 / 3,
              0x2154: 2 / 3, 0x2155: 0.2, 0x2156: 0.4, 0x2157: 0.6, 0x2158: 0.8, 0x2159: 1 / 6, 0x215A: 5 / 6,
              0x215B: 0.125, 0x215C: 0.375, 0x215D: 0.625, 0x215E: 0.875, 0x2189: 0.0}


_MISSING = object()


def _code(fname, chr, which='argument 1'):
    if not isinstance(chr, str):
        raise TypeError(f'{fname}() {which} must be a unicode character, not {type(chr).__name__}')
    if len(chr) != 1:
        raise TypeError(f'{fname}() {which} must be a unicode character, not str')
    return ord(chr)


def _name(cp):
    cat = _coroscope.ucategory(cp)
    if cat in ('Cc', 'Co', 'Cn', 'Cs'):
        return None
    if 0xAC00 <= cp <= 0xD7A3:
        s = cp - 0xAC00
        return 'HANGUL SYLLABLE ' + _JAMO_L[s // 588] + _JAMO_V[(s % 588) // 28] + _JAMO_T[s % 28]
    n = _coroscope.uname(cp)
    if n is None:
        return None
    for block, prefix in (('CJK UNIFIED IDEOGRAPHS', 'CJK UNIFIED IDEOGRAPH-'),
                          ('CJK COMPATIBILITY IDEOGRAPHS', 'CJK COMPATIBILITY IDEOGRAPH-'),
                          ('TANGUT', 'TANGUT IDEOGRAPH-')):
        if n.startswith(block + ' ') and n.endswith(' %04X' % cp):
            return prefix + '%04X' % cp
    return n


def name(chr, default=_MISSING, /):
    cp = _code('name', chr)
    n = _name(cp)
    if n is None:
        if default is not _MISSING:
            return default
        raise ValueError('no such name')
    return n


def lookup(name, /):
    if not isinstance(name, str):
        raise TypeError(f"lookup() argument must be str, not {type(name).__name__}")
    key = name.upper()
    if key.startswith('HANGUL SYLLABLE '):
        for s in range(11172):
            cp = 0xAC00 + s
            if _name(cp) == key:
                return chr(cp)
    for prefix in ('CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-'):
        if key.startswith(prefix):
            try:
                cp = int(key[len(prefix):], 16)
            except ValueError:
                break
            if _name(cp) == key:
                return chr(cp)
    cp = _coroscope.ulookup(key)
    if cp < 0 or _name(cp) != key:
        raise KeyError(f"undefined character name '{name}'")
    return chr(cp)


def category(chr, /):
    return _coroscope.ucategory(_code('category', chr, 'argument'))


def bidirectional(chr, /):
    d = _coroscope.ubidi(_code('bidirectional', chr, 'argument'))
    return _BIDI[d] if 0 <= d < len(_BIDI) else ''


def mirrored(chr, /):
    return 1 if _coroscope.umirrored(_code('mirrored', chr, 'argument')) else 0


def decimal(chr, default=_MISSING, /):
    cp = _code('decimal', chr)
    if _coroscope.ucategory(cp) == 'Nd':
        return _coroscope.unumeric(cp)
    if default is not _MISSING:
        return default
    raise ValueError('not a decimal')


def digit(chr, default=_MISSING, /):
    cp = _code('digit', chr)
    cat = _coroscope.ucategory(cp)
    value = _coroscope.unumeric(cp)
    if cat == 'Nd' or (cat == 'No' and 0 <= value <= 9 and cp not in _FRACTIONS):
        return value
    if default is not _MISSING:
        return default
    raise ValueError('not a digit')


def numeric(chr, default=_MISSING, /):
    cp = _code('numeric', chr)
    if cp in _FRACTIONS:
        return _FRACTIONS[cp]
    cat = _coroscope.ucategory(cp)
    value = _coroscope.unumeric(cp)
    if cat in ('Nd', 'Nl', 'No') and value >= 0:
        return float(value)
    if default is not _MISSING:
        return default
    raise ValueError('not a numeric character')


_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def normalize(form, unistr, /):
    if not isinstance(form, str):
        raise TypeError(f"normalize() argument 1 must be str, not {type(form).__name__}")
    if not isinstance(unistr, str):
        raise TypeError(f"normalize() argument 2 must be str, not {type(unistr).__name__}")
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    return _coroscope.unormalize(form, unistr)


def is_normalized(form, unistr, /):
    return normalize(form, unistr) == unistr
