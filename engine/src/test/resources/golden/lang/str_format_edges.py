print("{:^9}|{:*<6}|{:>+8.3f}|{:08.2f}|{:,}|{:_}".format("mid", "ab", 3.14159, -2.5, 1234567, 9876543))
print("{0}{1}{0}".format("a", "b"), "{x}{y!r}".format(x=1, y="q"), "{:%}".format(0.125), "{:.1%}".format(1/3))
print("{:e}".format(12345.678), "{:.2E}".format(0.000123), "{:g}".format(1e-5), "{:g}".format(123456789.0))
print("{:#x} {:#o} {:#b} {:X} {:c}".format(255, 8, 5, 48879, 97))
print("{:>{w}.{p}f}".format(2.71828, w=10, p=2), "{:{fill}^{w}}".format("x", fill="~", w=7))
print("%5s|%-5s|%05d|%+d|%.3s|%%|%x|%o|%e|%g" % ("a", "b", 42, 7, "abcdef", 255, 8, 1234.5, 0.00001))
print("%(name)s is %(age)d" % {"name": "Al", "age": 3}, "%c%c" % (72, "i"), "%r" % [1])
print(f"{3.0:.0f} {2.5:.0f} {0.5:.0f} {-0.0} {1e16} {1e-5} {123456789012345678.0}")
print(f"{'left':<8}|{'right':>8}|{42:^8}|{-42:=8}|{42:+}|{True:d}|{None!s:>5}")
print(f"{1_000_000:,.2f}", f"{0.1 + 0.2}", f"{1/3:.15g}", f"{2**0.5!r}", f"{10**20:e}")
print(repr(1e22), repr(1e21), repr(1e-4), repr(0.0001234), repr(float("inf")), repr(-float("nan")), repr(2.0**60))
print(str(123456789.123456789), 1.5e300 * 1e10, round(2.675, 2), round(0.5), round(1.5), round(-0.5))
print(format(1234.5678, ".2f"), format(1234.5678, "10.1f"), format(0.0, "e"), format(-0.0, "f"))
for bad in ("{:d}".format, "{:s}".format, "{0}{}".format, "{".format, "{:.2d}".format):
    try:
        print(bad(1.5))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
print("x".center(6, "-"), "ab".zfill(5), "-3".zfill(4), "tab\there".expandtabs(), "Ab Cd".swapcase())
print("hello world".title(), "they're".title(), "ǅ".lower(), "ß".upper(), "İ".lower().encode())
print("a-b_c d".split("-"), "  x  y ".split(" "), "a\nb\r\nc".splitlines(True), "".split(","), "".split())
print("abc".partition("x"), "a.b.c".rpartition("."), "x".join("abc"), "%".join(["1", "2"]))
print("Hello".casefold(), "straße".casefold(), "123".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("  ".isspace(), "".isspace(), "Ab".isidentifier(), "1a".isidentifier(), "aBc".istitle(), "Abc Def".istitle())
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: None, 98: "BB"}))
