"""struct for Coroscope: packing values into bytes and back (pack, unpack, unpack_from,
iter_unpack, calcsize, Struct) for the standard formats, with CPython's sizes, alignment of
native mode ('@', x86-64 sizes) and error messages. Written for the engine."""

import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code -> (standard size, native size, native alignment)
_SIZES = {
    "x": (1, 1, 1), "c": (1, 1, 1), "b": (1, 1, 1), "B": (1, 1, 1), "?": (1, 1, 1),
    "h": (2, 2, 2), "H": (2, 2, 2), "i": (4, 4, 4), "I": (4, 4, 4), "l": (4, 8, 8), "L": (4, 8, 8),
    "q": (8, 8, 8), "Q": (8, 8, 8), "n": (None, 8, 8), "N": (None, 8, 8), "P": (None, 8, 8),
    "e": (2, 2, 2), "f": (4, 4, 4), "d": (8, 8, 8), "s": (1, 1, 1), "p": (1, 1, 1),
}
_SIGNED = set("bhilqn")
_INTS = set("bBhHiIlLqQnNP")


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    mode = "@"
    i = 0
    if fmt and fmt[0] in "@=<>!":
        mode = fmt[0]
        i = 1
    native = mode == "@"
    little = mode in "<=@"
    items = []
    size = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= len(fmt):
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        if c not in _SIZES or (not native and c in "nNP"):
            raise error("bad char in struct format")
        std, nat, align = _SIZES[c]
        width = nat if native else std
        if native and count != 0 and c not in "sp" or native and c in "sp":
            if native:
                size = (size + align - 1) // align * align
        n = 1 if count is None else count
        if c in "sp":
            items.append((c, n, width, size))
            size += n
        else:
            for _ in range(n):
                items.append((c, 1, width, size))
                size += width
    return items, size, little


def _check_int(c, v, width):
    if not isinstance(v, int):
        if hasattr(type(v), "__index__"):
            v = v.__index__()
        else:
            raise error("required argument is not an integer")
    bits = width * 8
    if c in _SIGNED:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if not lo <= v <= hi:
        if c in "bB":
            raise error("%s format requires %d <= number <= %d" % ("byte" if c == "b" else "ubyte", lo, hi))
        if c in "hH":
            raise error("%s format requires %d <= number <= %d" % ("short" if c == "h" else "ushort", lo, hi))
        if c in _SIGNED:
            raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
        if v < 0:
            raise error("argument out of range")
        raise error("'%s' format requires 0 <= number <= %d" % (c, hi))
    return v


def _float_bits(x, exp_bits, man_bits):
    """IEEE 754 bits of x rounded (half to even) to the given format."""
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if _math.isnan(x):
        return (sign << (exp_bits + man_bits)) | (((1 << exp_bits) - 1) << man_bits) | (1 << (man_bits - 1))
    x = abs(x)
    if _math.isinf(x):
        return (sign << (exp_bits + man_bits)) | (((1 << exp_bits) - 1) << man_bits)
    if x == 0:
        return sign << (exp_bits + man_bits)
    m, e = _math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    n, d = x.as_integer_ratio()
    e -= 1  # x = 1.f * 2**e
    if e < 1 - bias:
        e = 1 - bias
        biased = 0
    else:
        biased = e + bias
    # mantissa = x / 2**(e - man_bits), rounded half to even
    shift = e - man_bits
    if shift >= 0:
        q, r = divmod(n, d << shift)
        den = d << shift
    else:
        q, r = divmod(n << -shift, d)
        den = d
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if biased == 0:
        if q >> man_bits:
            biased = 1
            q &= (1 << man_bits) - 1
    else:
        if q >> (man_bits + 1):
            q >>= 1
            biased += 1
        q &= (1 << man_bits) - 1
    if biased >= (1 << exp_bits) - 1:
        raise OverflowError("float too large to pack with %s format" % ("e" if exp_bits == 5 else "f"))
    return (sign << (exp_bits + man_bits)) | (biased << man_bits) | q


def _bits_float(bits, exp_bits, man_bits):
    bias = (1 << (exp_bits - 1)) - 1
    sign = -1.0 if bits >> (exp_bits + man_bits) else 1.0
    biased = (bits >> man_bits) & ((1 << exp_bits) - 1)
    man = bits & ((1 << man_bits) - 1)
    if biased == (1 << exp_bits) - 1:
        return sign * (_math.inf if man == 0 else _math.nan)
    if biased == 0:
        return sign * _math.ldexp(man, 1 - bias - man_bits)
    return sign * _math.ldexp(man | (1 << man_bits), biased - bias - man_bits)


_FLOATS = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self._items, self.size, self._little = _parse(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")

    def _argcount(self):
        return sum(1 for c, n, w, off in self._items if c != "x")

    def pack(self, *values):
        n = self._argcount()
        if len(values) != n:
            raise error("pack expected %d items for packing (got %d)" % (n, len(values)))
        out = _Buffer(self.size)
        vi = 0
        order = "little" if self._little else "big"
        for c, count, width, off in self._items:
            if c == "x":
                continue
            v = values[vi]
            vi += 1
            if c in "sp":
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == "s":
                    data = v[:count]
                else:
                    data = v[:max(count - 1, 0)]
                    data = (bytes([min(len(data), 255)]) + data)[:count] if count else b""
                out[off:off + len(data)] = data
            elif c == "c":
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[off:off + 1] = v
            elif c == "?":
                out[off:off + 1] = b"\x01" if v else b"\x00"
            elif c in _FLOATS:
                if not isinstance(v, (int, float)):
                    if hasattr(type(v), "__float__"):
                        v = float(v)
                    else:
                        raise error("required argument is not a float")
                eb, mb = _FLOATS[c]
                out[off:off + width] = _float_bits(float(v), eb, mb).to_bytes(width, order)
            else:
                v = _check_int(c, v, width)
                out[off:off + width] = (v & ((1 << (8 * width)) - 1)).to_bytes(width, order)
        return bytes(out)

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(buffer, 0)

    def _unpack(self, buffer, offset):
        order = "little" if self._little else "big"
        result = []
        for c, count, width, off in self._items:
            off += offset
            if c == "x":
                continue
            if c == "s":
                result.append(buffer[off:off + count])
            elif c == "p":
                n = min(buffer[off], count - 1) if count else 0
                result.append(buffer[off + 1:off + 1 + n])
            elif c == "c":
                result.append(buffer[off:off + 1])
            elif c == "?":
                result.append(buffer[off] != 0)
            elif c in _FLOATS:
                eb, mb = _FLOATS[c]
                result.append(_bits_float(int.from_bytes(buffer[off:off + width], order), eb, mb))
            else:
                result.append(int.from_bytes(buffer[off:off + width], order, signed=c in _SIGNED))
        return tuple(result)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack(buffer, offset)

    def pack_into(self, buffer, offset, *values):
        if not isinstance(buffer, (bytearray, memoryview)) or (isinstance(buffer, memoryview) and buffer.readonly):
            raise TypeError("argument must be read-write bytes-like object, not %s" % type(buffer).__name__)
        data = self.pack(*values)
        size = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + size < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, size))
            offset += size
        if size - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, size))
        buffer[offset:offset + self.size] = data

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return iter([self._unpack(buffer, i) for i in range(0, len(buffer), self.size)])



class _Buffer:
    """A fixed-size mutable byte buffer used while packing."""

    def __init__(self, n):
        self._b = [0] * n

    def __setitem__(self, key, data):
        self._b[key] = list(data)

    def __iter__(self):
        return iter(self._b)

    def __len__(self):
        return len(self._b)


Struct.__module__ = "_struct"


def calcsize(format):
    return Struct(format).size


def pack(format, *values):
    return Struct(format).pack(*values)


def unpack(format, buffer):
    return Struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return Struct(format).iter_unpack(buffer)


def pack_into(format, buffer, offset, *values):
    Struct(format).pack_into(buffer, offset, *values)
