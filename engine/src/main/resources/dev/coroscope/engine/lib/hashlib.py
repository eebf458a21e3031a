"""hashlib for Coroscope: md5, sha1, the sha2 and sha3 families through the JVM's digests, with
CPython's names, sizes and messages (no blake2 or shake). Written for the engine."""

import _coroscope

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available')

# name: (JVM algorithm, digest size, block size)
_ALGORITHMS = {
    'md5': ('MD5', 16, 64),
    'sha1': ('SHA-1', 20, 64),
    'sha224': ('SHA-224', 28, 64),
    'sha256': ('SHA-256', 32, 64),
    'sha384': ('SHA-384', 48, 128),
    'sha512': ('SHA-512', 64, 128),
    'sha3_224': ('SHA3-224', 28, 144),
    'sha3_256': ('SHA3-256', 32, 136),
    'sha3_384': ('SHA3-384', 48, 104),
    'sha3_512': ('SHA3-512', 64, 72),
}

algorithms_guaranteed = frozenset(_ALGORITHMS)
algorithms_available = frozenset(_ALGORITHMS)


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"object supporting the buffer API required")


class HASH:
    """One running hash: update() adds bytes; digest()/hexdigest() give the hash so far."""

    def __init__(self, name, data=b''):
        self._name = name
        self._data = bytearray(_as_bytes(data))

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _ALGORITHMS[self._name][1]

    @property
    def block_size(self):
        return _ALGORITHMS[self._name][2]

    def update(self, data, /):
        self._data += _as_bytes(data)

    def digest(self):
        return _coroscope.digest(_ALGORITHMS[self._name][0], bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self._name)
        other._data = bytearray(self._data)
        return other

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


HASH.__module__ = '_hashlib'
_coroscope.c_type_name(HASH, '_hashlib.HASH')


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower()
    if key not in _ALGORITHMS:
        raise ValueError(f'unsupported hash type {name}')
    return HASH(key, data)


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    make.__name__ = f'openssl_{name}'
    make.__qualname__ = f'openssl_{name}'
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
