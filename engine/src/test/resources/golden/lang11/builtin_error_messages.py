a = [1]; a.append(a); d = {"k": None}; d["k"] = d
print(a, d, repr({1, 2}.__class__), {}.keys() | {1}, {"a": 1}.items() & {("a", 1)})
print(round(2.5), round(3.5), round(-0.5), round(1.234567, 3), round(1234, -2), round(0.1 + 0.2, 15))
print(divmod(-7, 2), -7 // 2, -7 % 2, divmod(7.5, -2), 2 ** -1, (-8) ** (1 / 3), pow(3, 4, 5), pow(3, -1, 7))
print(int("  42  "), int("0x1f", 16), int("1_000"), float("  -1e3 "), float("inf"), complex("1+2j"), int(3.99), int(-3.99))
for bad in ["4.5", "", "1__0", "٣"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(10 ** 30, 2 ** 100 // 3, (10 ** 20) / 3, 1e300 * 1e10, -(2 ** 63), hex(-255), bin(5), oct(8), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (7).bit_count(), (3.5).as_integer_ratio(), (0.1).hex())
print(str(1e16), str(1e-5), repr(0.1 + 0.2), 1 / 3, 2 / 3 * 3, 1e22, 123456789012345678.0, float("1e-400"), -0.0)
print("abc".center(9, "*"), "Hello World".swapcase(), "ß".upper(), "ǅ".lower(), "ﬁ".casefold(), "a\tb".expandtabs(4))
print("x=1;y=2".partition(";"), "a,b,,c".split(","), "  a  b ".split(), "a\nb\r\nc".splitlines(True), "42".zfill(5), "-42".zfill(5))
t = str.maketrans({"a": "1", "b": None}); print("abcab".translate(t), str.maketrans("ab", "xy"))
print("%s" % [1], "%(a)s-%(b)d" % {"a": "x", "b": 3}, "{:>{w}}".format("r", w=4), "tItLe cAse".title(), "don't stop".title())
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), max("abc", key=ord), min([], default=0))
print(list(reversed(range(5))), list(range(10, 0, -3)), range(0, 10, 2)[1:3], len(range(-5, 5, 3)), 7 in range(0, 10, 2))
print(list(enumerate("ab", start=1)), dict(zip("ab", range(2))), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])))
print(any([]), all([]), sum([0.1] * 10), sum([[1], [2]], []), abs(-3 + 4j), isinstance(True, int), issubclass(bool, object))
print(chr(955), ord("λ"), ascii("λx"), repr("it's"), repr('say "hi"'), repr("a'b\"c"), "\N{GREEK SMALL LETTER ALPHA}")
print(bytes(3), bytes([65, 66]), b"abc"[0], b"abc"[:1], bytearray(b"hi").upper(), b"a,b".split(b","), b"\xff".hex(), bytes.fromhex("4142"))
print(hash(1) == hash(1.0), hash("") == 0, id(1) == id(1), type(None).__name__, type(...).__name__, NotImplemented)
print(slice(1, 5, 2), slice(1, 5).indices(3), [1, 2, 3, 4][slice(None, None, -2)], "hello"[::-1], "hello"[10:], (1, 2, 3)[-5:2])
try:
    [1, 2][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    "abc" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
try:
    x = 5; x()
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3].remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    [] < ()
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    "x".join([1])
except TypeError as e:
    print("TypeError:", e)
