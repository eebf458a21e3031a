s = "  a,b,,c  "
print(s.split(","), s.split(), s.strip().split(",", 1), s.rsplit(",", 1), "a b  c".split(" "), "".split(), "".split(","))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "x".center(6, "*"), "x".center(5, "-"))
print("they're bill's friends".title(), "hello WORLD".capitalize(), "ß".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("hello".translate(str.maketrans("el", "ip")), "abc".translate({ord("a"): None, ord("b"): "BB"}), str.maketrans({"x": "y"}))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("z"))
for t in ["abc", "_a1", "1a", "", "a-b", "αβ", "class"]:
    print(repr(t), t.isidentifier(), end="; ")
print()
for t in ["123", "½", "²", "١٢", "1.5", " ", ""]:
    print(repr(t), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isspace(), end="; ")
print()
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "\n".split("\n"))
print("abcabc".find("c", 3), "abcabc".rfind("c", 0, 4), "abc".index("b"), "aaa".count("aa"), "abc".count(""), "".count(""))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("-".join(["a", "b"]), "".join([]), ",".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("Hello World".swapcase(), "hello"[::-1], "abc" * 0, "abc" * -1, "ab" < "b", "Z" < "a", "a" * 3)
print("%s is %d years and %.1f%%" % ("Ann", 30, 99.5), "%-5s|%5s|" % ("l", "r"), "%r %a" % ("é", "é"), "%x %o %e" % (255, 8, 12345.678))
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
print("%(name)s=%(val)03d" % {"name": "n", "val": 7}, "%c%c" % (72, "i"), "%5.2s|" % "abc", "%+d % d" % (5, 5))
print(str.ljust("ab", 5, "."), "ab".rjust(1), "tab\there".expandtabs(2), repr("\x00\x7f\xff\u0100\U0001f600"))
print("a,b;c".replace(",", ";", 1), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "x".replace("x", ""))
print(ord("€"), chr(8364), "€".encode(), "ü".encode("latin-1"), "abc".encode("utf-16-le"))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("€".encode("ascii", "replace"), "€".encode("ascii", "ignore"), "€".encode("ascii", "xmlcharrefreplace"), "€".encode("ascii", "backslashreplace"))
print(b"\xff\xfeA".decode("utf-8", "replace"), b"caf\xe9".decode("latin-1"), b"abc".decode())
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
