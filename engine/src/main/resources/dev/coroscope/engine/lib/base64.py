"""base64 for Coroscope: Base64 (standard and URL-safe), Base32 and Base16 with CPython's results
and errors (binascii.Error for bad input). Written for the engine."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


class Error(ValueError):
    pass


Error.__module__ = 'binascii'
Error.__qualname__ = 'Error'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_INDEX = {c: i for i, c in enumerate(_B32)}


def _bytes_from_encoded(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"argument should be a bytes-like object or ASCII string, not '{type(s).__name__}'")


def _bytes_to_encode(s):
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")


def _b64_raw(data):
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    return bytes(out)


def _b64_decode_raw(s, validate):
    values = []
    padding = 0
    for pos, c in enumerate(s):
        if c == 61:  # '='
            padding += 1
            if len(values) % 4 >= 2 and len(values) % 4 + padding >= 4:
                break
            continue
        if c not in _B64_INDEX:
            if validate:
                raise Error('Only base64 data is allowed')
            continue
        if padding and validate:
            raise Error('Discontinuous padding not allowed')
        padding = 0
        values.append(_B64_INDEX[c])
    if len(values) % 4 == 1:
        raise Error(f'Invalid base64-encoded string: number of data characters ({len(values)}) '
                    f'cannot be 1 more than a multiple of 4')
    if len(values) % 4 and len(values) % 4 + padding < 4:
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(values) - len(values) % 4, 4):
        n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out += bytes((n >> 16, (n >> 8) & 255, n & 255))
    rest = len(values) % 4
    if rest == 2:
        n = (values[-2] << 18) | (values[-1] << 12)
        out.append(n >> 16)
    elif rest == 3:
        n = (values[-3] << 18) | (values[-2] << 12) | (values[-1] << 6)
        out += bytes((n >> 16, (n >> 8) & 255))
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = _b64_raw(_bytes_to_encode(s))
    if altchars is not None:
        altchars = _bytes_from_encoded(altchars)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_encoded(s)
    if altchars is not None:
        altchars = _bytes_from_encoded(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _b64_decode_raw(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_encoded(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


def encodebytes(s):
    s = _bytes_to_encode(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(_b64_raw(s[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return _b64_decode_raw(_bytes_to_encode(s), False)


def b32encode(s):
    s = _bytes_to_encode(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        digits = bytes(_B32[(n >> (35 - 5 * j)) & 31] for j in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += digits[:used] + b'=' * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_encoded(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_encoded(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    out = bytearray()
    for i in range(0, len(stripped), 8):
        chunk = stripped[i:i + 8]
        n = 0
        for c in chunk:
            if c not in _B32_INDEX:
                raise Error('Non-base32 digit found')
            n = (n << 5) | _B32_INDEX[c]
        n <<= 5 * (8 - len(chunk))
        out += n.to_bytes(5, 'big')
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise Error('Incorrect padding')
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b16encode(s):
    return _bytes_to_encode(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_encoded(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


def encode(input, output):
    raise NotImplementedError('base64.encode needs files, which Coroscope does not have')


def decode(input, output):
    raise NotImplementedError('base64.decode needs files, which Coroscope does not have')
