import sys
import io
print("a", "b", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print()
print("x", end="")
print("y", file=sys.stdout, flush=True)
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=None, sep=None)
    print("|")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", file="notafile")
except AttributeError as e:
    print("AttributeError:", e)
buf = io.StringIO()
print("to buffer", 1, file=buf)
print(repr(buf.getvalue()))
data = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(data), None)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lines.__next__, "")))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
print(next(iter([]), "default"))
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
b = bytes([104, 105])
print(b, b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"a'b", b'a"b', b"\x00\x7f\x80", bytes(3), bytes("é", "utf-8"))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"hello")
ba[0] = 72
ba += b"!"
ba[1:3] = b"EY"
print(ba, ba[0], ba[-1:], bytes(ba), ba.decode(), ba.upper(), list(ba[:2]))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = "a"
except TypeError as e:
    print("TypeError:", e)
print(b"a,b".split(b","), b"abc".replace(b"b", b"X"), b"  x ".strip(), b"abc"[1], b"abc"[1:], b"%d-%s" % (5, b"z"))
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, int | str), isinstance("a", (int, (float, str))), issubclass(bool, int), int | None)
try:
    isinstance(3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
print(hash(-1), hash(-2), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)), hash(0.5) == hash(0.5))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(-2.5), abs(3 + 4j), round(2.567, 1), round(7), type(round(7.0)), divmod(-9, 4), max("abc"), min([3, 1], default=0))
print(callable(len), callable(5), ascii("é✓"), repr("tab\t"), format(3.14159, ".2f"), bin(10), oct(-8), hex(0))
print(list(zip()), list(zip([1])), dict(zip("ab", "cd")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
print(sum([[1], [2]], []), sum(range(5), 10), any([]), all([]), any(x > 2 for x in [1, 3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(vars(type("T", (), {"a": 1}))["a"], type(3).__name__, type("T2", (int,), {})(5) + 1)
print(getattr(5, "real"), setattr(type("Q", (), {}), "x", 1), delattr if False else "ok")
print(sorted(dir(object()))[:5], len(dir([])) > 30)
