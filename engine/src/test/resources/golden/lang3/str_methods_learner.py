s = "  Hello, World!  "
print(repr(s.strip()), s.lower(), s.upper(), s.title(), s.swapcase(), s.casefold())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), " a  b ".split(), "a b c".rsplit(" ", 1), "".split(","), "".split())
print("line1\nline2\r\nline3".splitlines(), "x\n".splitlines(keepends=True), "abc".partition("b"), "abc".rpartition("x"))
print("-".join(["a", "b"]), "ab".center(6, "*"), "7".zfill(3), "-7".zfill(4), "ab".ljust(4, "."), "ab".rjust(4))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "hello".replace("l", "L", 1))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "Abc".isupper(), "123".isdigit(), "١٢".isdecimal(), "a b".isalpha())
print("tab\there".expandtabs(4), "%".join("abc"), "abc"[::-1], "abc" * 2, "b" in "abc", "abcabc".removeprefix("ab"), "x.py".removesuffix(".py"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "ab".center(5, "**")
except TypeError as e:
    print("TypeError:", e)
print(str.maketrans("ab", "xy"), "aabb".translate(str.maketrans("ab", "xy", "b")), ord("€"), chr(8364), ascii("é€"))
print("Straße".upper(), "ǅ".lower(), "ﬁ".upper(), len("👍🏽"), "İ".lower(), len("İ".lower()))
