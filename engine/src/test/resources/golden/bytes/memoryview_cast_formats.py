# memoryview.cast to the native single-character formats: items, stores and their refusals, slices, equality, hashing
import struct
b = bytearray(range(16))
m = memoryview(b)
for fmt in ("B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "f", "d", "?", "e", "N", "n", "P"):
    try:
        c = m.cast(fmt)
        print(fmt, c.format, c.itemsize, c.nbytes, len(c), c.tolist()[:3], c.readonly, c.ndim, c.shape, c.strides)
    except (TypeError, ValueError, NotImplementedError) as e:
        print(fmt, type(e).__name__, e)
i = m.cast("i")
i[0] = -1
print(bytes(b[:4]), i[0], i[-1], i[1:3].tolist())
try:
    i[0] = 2**40
except (ValueError, TypeError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    m[:5].cast("i")
except TypeError as e:
    print("TypeError:", e)
g = m.cast("B", shape=[16])
print(g.shape, g.ndim, g.tolist()[1], g[-2])
try:
    m.cast("i").cast("H")
except TypeError as e:
    print("TypeError:", e)
d = memoryview(struct.pack("<2d", 1.5, -2.25)).cast("d")
print(d.tolist(), d.format, list(d))
print(memoryview(b"ab").cast("c").tolist())
i = m.cast('i')
for v in ['x', 1.5, None, True]:
    try: i[0] = v; print('ok', v, i[0])
    except Exception as e: print(type(e).__name__, e)
c = m.cast('c')
for v in [b'x', b'xy', 65, 'a']:
    try: c[0] = v; print('ok', v, c[0])
    except Exception as e: print(type(e).__name__, e)
f = m.cast('f')
for v in [1, 1.5, 'x']:
    try: f[0] = v; print('ok', v, f[0])
    except Exception as e: print(type(e).__name__, e)
q = m.cast('?')
for v in [0, 5, 'x', None]:
    try: q[0] = v; print('ok', v, q[0])
    except Exception as e: print(type(e).__name__, e)
B = m.cast('B')
for v in [-1, 256]:
    try: B[0] = v
    except Exception as e: print(type(e).__name__, e)
print(i == i, i == m.cast('i'), i == m, i == b, m == b, i[::2].tolist(), i[::2].tobytes(), i[::-1].strides, i[1:3].nbytes)
try: hash(memoryview(bytes(8)).cast('i'))
except Exception as e: print(type(e).__name__, e)
print(hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
try: i[1:3] = b'12345678'; print(i.tolist())
except Exception as e: print(type(e).__name__, e)
try: i[1:3] = memoryview(bytearray(8)).cast('i'); print(i.tolist())
except Exception as e: print(type(e).__name__, e)
for fmt in ('x', '@i', '<i', 'ii', 'e'):
    try: print(memoryview(bytes(8)).cast(fmt).format)
    except Exception as e: print(type(e).__name__, e)
print(list(memoryview(bytes(4)).cast('h')), bytes(m.cast('H')[2:4]), memoryview(b'\x01\x00\x00\x00\xff\xff\xff\xff').cast('i').tolist())
print(memoryview(b'\xff' * 8).cast('Q')[0], memoryview(b'\xff' * 8).cast('q')[0], memoryview(b'\x80').cast('b')[0])
for k in ('a', 10, -5):
    try: print(i[k])
    except Exception as e: print(type(e).__name__, e)
big = memoryview(bytearray(8)).cast('Q'); big[0] = 2**64 - 1; print(big[0], big.tobytes())
try: big[0] = 2**64
except Exception as e: print(type(e).__name__, e)
print(len(i), i.contiguous, i[::2].contiguous, i.obj is b, i.readonly, memoryview(b"abcd").cast("i").readonly)
