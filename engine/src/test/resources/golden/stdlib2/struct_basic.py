import struct

print(struct.pack("<i", 1), struct.pack(">i", -2), struct.pack("<hHbB", -1, 65535, -128, 255), struct.pack("!Q", 2**64 - 1))
print(struct.pack("<d", 1.5), struct.pack(">f", 0.1), struct.pack("<e", 1.0), struct.pack("<d", -0.0), struct.pack(">d", float("inf")))
print(struct.unpack("<d", struct.pack("<d", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">e", struct.pack(">e", 65504.0)))
print(struct.pack("<f", 1e-40), struct.unpack("<f", struct.pack("<f", 1e-40)), struct.pack("<d", 5e-324), struct.pack("<f", 3.4028235e38))
print(struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("5p", b"abc"), struct.unpack("5p", b"\x03abc\x00"))
print(struct.pack("?c", True, b"z"), struct.unpack("?c", b"\x02q"), struct.pack("<2h", 1, 2), struct.pack("<x3x?", 1))
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@bq"), struct.calcsize("@hbl"), struct.calcsize("P"))
print(struct.pack("@bi", 1, 2), struct.pack("@ci", b"a", 7), struct.calcsize("@ihb"), struct.calcsize("@0i"))
print(struct.unpack("<ihb", struct.pack("<ihb", -5, 300, 7)), struct.unpack(">I", b"\xff\xff\xff\xff"), struct.unpack("<q", b"\xff" * 8))
s = struct.Struct("<hhl")
print(s.size, s.format, type(s).__name__, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), s.unpack_from(b"\x00" + s.pack(4, 5, 6), 1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), struct.unpack_from("<h", b"\x01\x00\x02\x00", offset=2))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("B", -1), lambda: struct.pack("h", 40000), lambda: struct.pack("H", -1),
            lambda: struct.pack("<i", 2**31), lambda: struct.pack("<I", -1), lambda: struct.pack("i", 1.5), lambda: struct.pack("i"),
            lambda: struct.pack("ii", 1), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("y", 1), lambda: struct.pack("c", b"ab"),
            lambda: struct.pack("<f", 1e300), lambda: struct.pack("3", 1), lambda: struct.pack("s", "str"), lambda: struct.calcsize("<n")]:
    try:
        print(bad())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
