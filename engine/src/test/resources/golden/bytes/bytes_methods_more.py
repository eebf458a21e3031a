b = b"Hello, World"
print(b.decode(), b.decode("ascii"), b.decode("utf-8", "strict"))
print("héllo".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"))
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeA".decode("utf-8", "replace"), b"\xffA".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(bytes(3), bytes([65, 66]), bytes("abc", "ascii"), bytes(b"xy"), bytes(range(3)))
print(b.hex(), b.hex(":"), b"\x01\x02\x03".hex("-", 2))
print(b.title(), b.swapcase(), b.capitalize(), b.center(20, b"*"), b.ljust(15, b"."), b.rjust(15))
print(b.zfill(15), b"-42".zfill(6), b.istitle(), b.isupper(), b.islower())
print(b"a\tb".expandtabs(4), b.count(b"l"), b.index(b"o"), b[1:5], b[::-1], b[-1], list(b[:3]))
print(b * 2, 2 * b"ab", b + b"!", b"x" in b, 111 in b)
print(b"%s is %d years, %x hex, %r" % (b"Bob", 42, 255, "s"))
print(b"%5.2f|%-4d|%c|%c" % (3.14159, 7, 65, b"Z"))
print(bytes.maketrans(b"abc", b"xyz"), b"aabbcc".translate(bytes.maketrans(b"abc", b"xyz")))
print(b"abc".translate(None, b"b"))
print(b"  a b  ".split(), b"a,b,,c".split(b","), b"a1b2c3".split(maxsplit=1))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), repr(b"\x00\x7f\x80"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hash(b"abc") == hash(b"abc"), b"abc" < b"abd", b"" < b"\x00", sorted([b"b", b"a", b"ab"]))
print(str(b"x"), f"{b'x'}", format(b"x"), "%s" % b"x")
print(b"abc".isalpha(), b"ABC".lower(), b"x".join([b"a", b"b"]), b"a".join([]))
print(len(b"\x00" * 5), b"abc" == "abc", bytes.fromhex("de ad be ef"))
