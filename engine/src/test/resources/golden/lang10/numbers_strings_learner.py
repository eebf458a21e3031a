import math
x, y = 17, -5
print(x // y, x % y, divmod(x, y), divmod(-x, y), -x // y, x / y, pow(3, 4, 5), pow(3, -1, 7), 2 ** -1, (-8) ** (1/3))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-25, -1))
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int(3.99), int(-3.99), float("1e3"), float(" -inf "), float("nan") == float("nan"))
for bad in ["4.5", "", "12a", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(bin(10), oct(-8), hex(255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (7).bit_length(), (255).bit_count())
print(0.1 + 0.2, 1e16, 1e-5, 123456789.123456789, 1/3, 2/3, 1e22, 1e21, -0.0, 5e-324, float(10**20), 3.0 * 1.1)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(math.sqrt(2), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.log(8, 2), math.log10(1000), math.exp(1))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), (1j) ** 2)
print(f"{x=}, {y=!r:>5}, {x * y = }, {math.pi=:.3f}", f"{'nested ' + f'{x:03d}'}", f"{{literal}} {x!a}")
name, items = "Ada", ["a", "b"]
print("%s has %d items: %r; %5.1f%% done; %-6s|; %+d; %x; %o; %e; %c" % (name, len(items), items, 45.678, "left", 5, 255, 8, 12345.678, 65))
print("{0} {1} {0}".format("a", "b"), "{name:>{width}}".format(name="r", width=4), "{:{fill}^9}".format("mid", fill="*"), "{0[1]} {1.real}".format(items, 3j))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
s = "  Hello, World! Hello!  "
print(s.strip().split(", "), s.count("Hello"), s.find("World"), s.rfind("Hello"), s.index("!"), s.replace("Hello", "Bye", 1))
print("a-b_c d".title(), "ß".upper(), "ǅ".lower(), "straße".casefold(), "Hello".swapcase(), "hello world".capitalize(), "42".zfill(5), "-42".zfill(5))
print("a,b,,c".split(","), "a b  c".split(), "a b  c".split(" "), "line1\nline2\r\nline3".splitlines(), "x".center(6, "*"), "abc".ljust(5, ".") + "|")
print("hello"[::-1], "hello"[1:4], "hello"[-3:], "python".partition("th"), "a.b.c".rpartition("."), "tab\there".expandtabs(4), "%".join("abc"))
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t), "Hello".startswith(("He", "x")), "file.py".endswith(".py"), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), " ".isspace(), "Ab".isupper())
print(sorted("banana"), sorted("Banana", key=str.lower), max("apple", "Banana"), "apple" < "Banana", ord("€"), chr(8364), ascii("héllo"), repr("it's"), repr('say "hi"'))
print(b"abc" + bytes([100]), bytearray(b"xy") * 2, b"hello".hex(), bytes.fromhex("4142"), b"a,b".split(b","), "héllo".encode(), "héllo".encode("latin-1"), b"\xc3\xa9".decode())
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
