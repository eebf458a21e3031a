s = "Straße café ÉCOLE ǅ ﬁ İ σς"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase(), s.capitalize(), sep="\n")
print(len("😀👍🏽"), "😀"[0], "héllo"[1:3], "abc"[::-1], "𝔘𝔫𝔦"[::-1], ord("é"), chr(0x1F600), "\N{GREEK SMALL LETTER ALPHA}")
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǅ".lower(), "ǅ".upper(), "ǅ".istitle())
print("12".isdigit(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "ⅷ".isnumeric())
print("abc".isalpha(), "héllo".isalpha(), "abc123".isalnum(), " \t\n".isspace(), "\u00a0".isspace(), "".isspace(), "Ab Cd".istitle())
print("hello".center(11, "*"), "hi".ljust(5, "-"), "hi".rjust(5), "42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("a,b,,c".split(","), "a b  c ".split(), " a b ".split(None, 1), "a,b,c".rsplit(",", 1), "line1\nline2\r\nline3".splitlines())
print("a\nb\n".splitlines(True), "".split(","), "".split(), "abc".partition("b"), "abc".rpartition("x"), "a-b-c".partition("-"))
print("hello world".replace("o", "0", 1), "aaa".replace("a", "b", -1), "abc".replace("", "-"), "x".join("abc"), "".join([]))
print("  hi  ".strip(), "xxhixx".strip("x"), "hello".lstrip("leh"), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"), "aaaa".count("aa"))
print("Hello".startswith(("he", "He")), "file.py".endswith(".py"), "abc".startswith("b", 1), "tab\there".expandtabs(4))
print("%s is %d years and %.1f%%" % ("Ann", 30, 99.5), "%5s|%-5s|" % ("a", "b"), "%x %o %e %r" % (255, 8, 1234.5, "q"))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}!".format(name="x"), "{:>{w}}".format("r", w=5), "{0[1]}".format([5, 6]))
print("ab" * 3, 3 * "-", "a" < "b", "B" < "a", "abc" < "abd", "" < "a", "a" in "cat", "at" in "cat", "é" == "e\u0301")
print(str.maketrans("abc", "xyz"), "abcabc".translate(str.maketrans("abc", "xyz")), "hello".translate({ord("l"): None}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t\x00\x7f\u200b\U0001F600\\"), ascii("café😀"))
print("café".encode(), "café".encode("latin-1"), b"caf\xc3\xa9".decode(), "abc".encode("utf-16-le"), "x".encode("ascii"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
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
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("abc" + 1)
