import sys
x, name = 42, "Ann"
print(f"{x=}", f"{x = }", f"{name!r:>8}", f"{x:#010b}", f"{'nested {braces}'}", f"{{literal}}", f"{x:{'>'}{10}}")
print(f"{3.14159:.{2}f}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda v: v * 2)(3)}", f"{x if x else 0}")
print(f"{name.upper()}", f"{len(name):03}", f"{x:,}", f"{-x:+}", f"{x:e}", f"{x:%}", f"{'a' 'b'}", f"""{x}""")
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("to stderr", file=sys.stderr)
print(1, 2, sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u200b"), repr("\\"), repr("é☃😀"))
print(str(1.0), str(1e16), str(-0.0), str(1/3), str(2**64), str(True), str([1.5, "a"]), str(("a",)))
print("%-6s|" % "ab", "%6.2f|" % 3.14159, "%+05d" % 42, "%x %X %o" % (255, 255, 8), "%s %r" % ("s", "s"), "%5.1e" % 12345.6789)
print("{:>6}|{:<6}|{:^6}|".format(1, 2, 3), "{0!r} {0!s} {0!a}".format("é"), "{:.3}".format("abcdef"), "{:,.2f}".format(1234567.891))
print(format(0.5, ".0%"), format(1e-7, "g"), format(123456789, "e"), format(-1.5, "08.2f"), format(1.0, "g"), format(100.0, ".3g"))
print("a\tb".expandtabs(4), "x".ljust(3, "."), "π".center(5, "*"), "Ünïcödé".upper(), "ǆ".title(), len("😀"), "😀"[0])
