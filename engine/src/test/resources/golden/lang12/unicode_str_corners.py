emoji, high = "\U0001F600", "\uFFFD"
print(emoji > high, sorted([emoji, high, "a", "\uE000"]) == sorted([emoji, high, "a", "\uE000"], key=ord), max(emoji, high) == emoji)
print([hex(ord(c)) for c in sorted(["\U0001F600", "\uFFFD", "\uE000", "z", "\U00010000"])])
print(len(emoji), emoji[0] == emoji, emoji.encode("utf-8"), emoji.encode("utf-16-le"), len(emoji.encode("utf-16-le")))
s = "a😀b"
print(s[1], s[2], s[::-1], s.find("b"), s.index("😀"), s.upper(), list(s), s.center(7, "*"), f"{s:>6}|", len(s))
print("abc".center(6), "abc".center(6, "-"), "ab".center(5), "hello2world foo_bar".title(), "ǆemal".capitalize(), "ǆ".title(), "ǆ".upper())
print("ß".swapcase(), "ŉ".upper(), "ﬀ".casefold(), "ﬀ".upper(), "İstanbul".lower(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("e\u0301".isalpha(), "\u0301".isalpha(), "\u0301".isalnum(), "x\u200b".isprintable(), "\t".isprintable(), "Ⅻ".isnumeric(), "Ⅻ".isdigit())
print("a\x85b\u2029c".splitlines(), "  a b  ".rsplit(None, 1), "a b  ".rsplit(maxsplit=1), "  a  b ".split(None, 1), "x".split("x"))
print(ascii("😀é"), repr("😀\u200b\x1b"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "e\u0301", len("e\u0301"))
import unicodedata
print(unicodedata.name("é"), unicodedata.category("A"), unicodedata.normalize("NFC", "e\u0301") == "é", unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"))
print(sorted(["b", "A", "a", "B", "é", "E"]), sorted(["b", "A", "é", "E"], key=str.lower), "Straße".casefold() == "strasse")
print("%-6s|%6s|" % ("😀", "é"), "{:^5}".format("😀"), "😀".ljust(3, "."), "x".zfill(3), "😀".isidentifier(), "a😀".isascii())
print(str(b"\xf0\x9f\x98\x80", "utf-8"), b"\xf0\x9f\x98\x80".decode("utf-8") == emoji, "😀".encode("ascii", "backslashreplace"), "é".encode("ascii", "namereplace"))
print(ord("😀"), chr(0x1F600) == emoji, chr(0x10FFFF).encode("utf-8"), hex(ord(max("abc😀"))), min("😀a") )
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(repr("\ud800"), "\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "namereplace"), "a\x00".encode("ascii", "namereplace"))
words = ["naïve", "naive", "Zebra", "apple", "Äpfel", "ápple"]
print(sorted(words), sorted(words, key=lambda w: unicodedata.normalize("NFD", w).lower()))
print({"😀": 1}, {"😀"}, ["😀"], ("é",), f"{'😀'!r}", str(["\x00", "\u200b", "\xa0"]))
