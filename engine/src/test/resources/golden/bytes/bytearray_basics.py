ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), type(ba).__name__)
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 65])
print(ba)
ba += b"!"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 104)
ba.remove(ord("o"))
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba[1:3] = b"XYZ"
print(ba)
ba[::2] = b"...."[: len(ba[::2])]
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2, 3]), bytearray("héllo", "utf-8"), bytearray(b"it's"))
print(ba.decode(), bytes(ba), bytearray(ba) == ba, ba == bytes(ba), b"x" + bytearray(b"y"), bytearray(b"y") + b"x")
c = bytearray(b"abc")
c.reverse()
print(c, c.upper(), c.find(b"b"), c.index(98), c.count(b"a"), c.startswith(b"cb"), c.hex())
print(c.split(b"b"), c.replace(b"b", b"BB"), c.strip(b"ac"), c * 2, 3 * bytearray(b"-"))
c.clear()
print(c, len(c), bool(c))
d = bytearray(b"xyz")
e = d.copy()
e[0] = 65
print(d, e, d[0], d[-1], d[0:2], list(d), d[::-1])
print(bytearray.fromhex("41 42"), bytearray(b"a") < bytearray(b"b"), b"a" < bytearray(b"b"))
for bad in (lambda: d.__setitem__(0, 256), lambda: d.append(-1), lambda: d.__setitem__(5, 1),
            lambda: d.pop(10), lambda: bytearray().pop(), lambda: d.remove(200), lambda: hash(d),
            lambda: d.extend([1, "a"]), lambda: d.append("a"), lambda: bytearray("x")):
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
print(isinstance(d, bytes), isinstance(d, bytearray), issubclass(bytearray, bytes))
print(b"abc".join([bytearray(b"1"), b"2"]), bytearray(b",").join([b"a", b"b"]))
print(99 in d, b"yz" in d, bytearray(b"%d-%s") % (5, b"x"))
m = bytearray(b"ab")
m *= 3
print(m)
print(str(bytearray(b"q")), f"{bytearray(b'q')!r}")
