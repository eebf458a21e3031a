"""array for Coroscope: typed arrays of numbers or characters with CPython 3.11's type codes, item
sizes (64-bit Linux), range checks and their messages, float32 rounding for 'f', byte conversion in
little-endian order, and the list-like methods. Written for the engine; items are kept in a list."""

import math as _math

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message for below, message for above) of the integer codes whose C conversion
# checks the range itself; the others fail in the conversion to a C long or unsigned long first.
_INT_LIMITS = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
}
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1


def _float32(x):
    """x rounded to the nearest float32 (ties to even), as a C cast does; too large gives inf."""
    if x == 0.0 or x != x or x in (_math.inf, -_math.inf):
        return x
    m, e = _math.frexp(abs(x))
    # keep 24 significant bits, fewer below the normal range (2**-126)
    bits = 24 if e >= -125 else e + 149
    scaled = _math.ldexp(m, bits)
    r = round(scaled)
    v = _math.ldexp(r, e - bits)
    if v > 3.4028234663852886e38:
        v = _math.inf
    return v if x > 0 else -v


def _check_int(tc, v):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    v = int(v)
    if tc in _INT_LIMITS:
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        lo, hi, below, above = _INT_LIMITS[tc]
        if v < lo:
            raise OverflowError(below)
        if v > hi:
            raise OverflowError(above)
    elif tc == 'l':
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif tc in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and v > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
    elif tc == 'q':
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError('int too big to convert')
    elif tc == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _ULONG_MAX:
            raise OverflowError('int too big to convert')
    return v


def _convert(tc, v):
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if tc in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            x = float(v)
        else:
            raise TypeError(f'must be real number, not {type(v).__name__}')
        return _float32(x) if tc == 'f' else x
    return _check_int(tc, v)


def _index(i):
    if isinstance(i, int):
        return i
    if hasattr(type(i), '__index__'):
        return i.__index__()
    raise TypeError('array indices must be integers')


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
a bytes-like object, or iterable over elements of the appropriate type."""

    __slots__ = ('_tc', '_items')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not " + type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._tc != 'u':
                raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
            self._items = [_convert(typecode, v) for v in initializer._items]
        else:
            self._items = [_convert(typecode, v) for v in initializer]

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._tc]

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __repr__(self):
        if not self._items:
            return f"array('{self._tc}')"
        if self._tc == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._tc}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        i = _index(i)
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError(f'can only assign array (not "{type(v).__name__}") to array slice')
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        i = _index(i)
        v = _convert(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        i = _index(i)
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._items += other._items
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_convert(self._tc, v))

    def extend(self, iterable, /):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self._items.append(_convert(self._tc, v))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        if not isinstance(i, int):
            if not hasattr(type(i), '__index__'):
                raise TypeError(f"'{type(i).__name__}' object cannot be interpreted as an integer")
            i = i.__index__()
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        if stop is None:
            stop = n
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, items, /):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        converted = [_convert(self._tc, v) for v in items]
        self._items.extend(converted)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(ustr).__name__}')
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def _item_bytes(self, v):
        tc = self._tc
        size = _SIZES[tc]
        if tc == 'u':
            return ord(v).to_bytes(4, 'little')
        if tc in 'fd':
            import struct
            return struct.pack('<f' if tc == 'f' else '<d', v)
        return v.to_bytes(size, 'little', signed=tc.islower())

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        return b''.join(self._item_bytes(v) for v in self._items)

    def frombytes(self, data, /):
        """Appends items from the bytes, interpreting them as machine values."""
        data = bytes(data)
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        tc = self._tc
        out = []
        for k in range(0, len(data), size):
            chunk = data[k:k + size]
            if tc == 'u':
                out.append(chr(int.from_bytes(chunk, 'little')))
            elif tc in 'fd':
                import struct
                out.append(struct.unpack('<f' if tc == 'f' else '<d', chunk)[0])
            else:
                out.append(int.from_bytes(chunk, 'little', signed=tc.islower()))
        self._items.extend(out)

    def byteswap(self):
        """Byteswap all items of the array."""
        if _SIZES[self._tc] == 1:
            return
        swapped = array(self._tc)
        size = _SIZES[self._tc]
        raw = self.tobytes()
        out = b''.join(raw[k:k + size][::-1] for k in range(0, len(raw), size))
        swapped.frombytes(out)
        self._items = swapped._items

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and the length in items."""
        return (id(self), len(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))


ArrayType = array
