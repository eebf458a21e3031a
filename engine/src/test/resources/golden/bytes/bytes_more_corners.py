ba = bytearray(b"abc")
for it in (ba, b"xyz", memoryview(b"mv")):
    print(type(it).__name__, list(it), [x for x in reversed(it)] if not isinstance(it, memoryview) else "", len(it))
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") == b"abc", b"abc" != bytearray(b"abd"), bytearray(b"b") > b"a")
print(bytes(bytearray(b"q")), bytearray(memoryview(b"mv")), bytes(memoryview(bytearray(b"z"))))
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), "ascii"), str(b"\xe9", "latin-1"), str(b"a\xff", "utf-8", "replace"))
class HasBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(HasBytes()), b"%s!" % HasBytes())
class BadBytes:
    def __bytes__(self):
        return "nope"
try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes(["a"]), lambda: bytes(b"x", "utf-8"),
            lambda: bytes(1, "ascii"), lambda: bytearray(-2), lambda: bytes([1], errors="x"),
            lambda: b"x"["a"], lambda: bytearray(b"x")["a"], lambda: b"x"[5], lambda: bytearray(b"x")[5],
            lambda: b"abc".index(b"z"), lambda: bytearray(b"abc").rindex(120), lambda: b"a".center(3, "x"),
            lambda: b"a".join(["s"]), lambda: b"%c" % 256, lambda: b"%s" % "s", lambda: b"%d %d" % (1,),
            lambda: b"a" * 1.5, lambda: bytearray(b"a") + "s", lambda: "s" + b"a", lambda: b"abc".split(b""),
            lambda: b"x".decode("nope"), lambda: b"\xe2\x82".decode(), lambda: "\u20ac".encode("latin-1"),
            lambda: bytearray(b"ab").__setitem__(slice(0, 2), 5), lambda: b"a".startswith("a"),
            lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"), lambda: memoryview(b"ab")[5],
            lambda: ord(b"ab"), lambda: b"ab".count("a"), lambda: b"ab" < "ab"):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(ord(b"A"), ord(bytearray(b"z")), chr(65).encode(), b"abc".upper().lower(), b"a" in bytearray(b"cab"))
ba = bytearray(10)
ba[2:5] = [1, 2, 3]
ba[::3] = b"XYZW"
del ba[1::2]
print(ba, len(ba))
ba[len(ba):] = b"end"
ba[0:0] = b"start"
print(ba, ba.find(b"end"), ba.endswith(b"end"), ba.isalnum(), ba.hex(" ", -4))
b2 = bytearray(b"hello world")
b2[0:5] = b"HI"
print(b2, b2.split(), b2.title(), b2.partition(b" "), b2.splitlines(), b2.zfill(14), b2.expandtabs())
x = bytearray(b"ab")
y = x
x += b"cd"
x *= 2
print(x is y, y, x.lstrip(b"a"), x.rstrip(b"d"), x.removeprefix(b"ab"), x.removesuffix(b"cd"))
print(bytes(5) == b"\0" * 5, bytes.fromhex("00ff").hex(), bytearray.fromhex("0a 0b"), type(bytearray.fromhex("")).__name__)
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]), max(b"hello"), sum(b"\x01\x02"), b"".join([bytearray(b"a"), memoryview(b"b")]))
print(b"{}".decode().format(5), b"a b".split(b" ", 1), b"k=v".partition(b"="), b"abc"[1:], b"abc"[::-1][0])
print(len(set([b"a", b"a", bytes(b"a")])), {b"k": 1}[b"k"], dict.fromkeys([b"x"]), hash(b"") == hash(bytes()))
print(list(b"\x00\xff"), b"\x00\xff"[1], bytes([0, 255]), bytes(range(250, 256)), bytes(b"\\"), b'\'', b"\"")
print(repr(bytearray(b'say "hi"')), repr(bytearray(b"both ' and \"")), repr(bytearray(b"\\\n")))
mv = memoryview(bytearray(b"0123456789"))
print(mv[::2].tobytes(), mv[::2].tolist(), mv[1:8:3].tobytes(), mv[-1], mv[::-1].tobytes(), len(mv[2:5]), mv.shape, mv[2:].nbytes)
mv[::2] = b"abcde"
print(mv.obj, mv.tobytes().decode(), mv.hex(), bytes(mv[2:4]), mv == mv.obj)
