s = "  Hello, World! hello  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(" Hd"), sep="|")
print(s.split(), s.split(","), s.split(None, 1), s.rsplit(None, 1), "a,,b".split(","), "".split(), "".split(","))
print("a\nb\r\nc\n".splitlines(), "a\nb\r\nc\n".splitlines(True), "x".partition("y"), "a=b=c".rpartition("="))
print(s.count("l"), s.find("o"), s.rfind("o"), s.index("W"), s.find("z"), "abc".find("", 5), "abc".find("", 3))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("hello world".title(), "hELLO".swapcase(), "straße".upper(), "İ".lower().__len__(), "ǅ".istitle())
print("ab".center(7, "*"), "ab".ljust(5, "-"), "ab".rjust(5), "42".zfill(6), "-42".zfill(6), "+4".zfill(4))
print("tab\there".expandtabs(), "tab\there".expandtabs(4), repr("a\tb".expandtabs(0)))
print("-".join(["a", "b"]), ", ".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "Hello".startswith("l", 2))
print("abc".replace("", "-"), "aaaa".replace("a", "b", 2), "abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"))
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "abc1".isalnum(), " ".isspace(), "".isspace(), "Ab".isupper(), "_x".isidentifier())
print("a-b_c d".translate(str.maketrans("-_", "  ", "d")), str.maketrans({"a": "1"}))
print("casefold ß".casefold(), "%".join("abc"), "abc"[::-1], "abcdef"[1:5:2], "abc" * 0 == "")
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\x7f\u00e9\u200b\n"), ascii("é✓"))
print(ord("€"), chr(8364), "€".encode(), len("👍"), "👍".encode("utf-8").hex())
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
print("b" in "abc", "" in "abc", "abc" < "abd", "Z" < "a", min("hello"), sorted("hello"))
print("{:-^20}".format(" mid "), "x".join(""), str(), str(b"bytes"), str(1.0), str([1, "a"]))
