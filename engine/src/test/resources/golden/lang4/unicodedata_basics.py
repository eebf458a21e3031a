import unicodedata as ud
for ch in "Aé€½²9٣ 中가각힣😀\u0301-\t\u00a0ß!(":
    print(repr(ch), ud.name(ch, "?"), ud.category(ch), ud.bidirectional(ch), ud.mirrored(ch), ud.numeric(ch, None), ud.digit(ch, None), ud.decimal(ch, None))
s = "Café"
nfd = ud.normalize("NFD", s)
print(len(s), len(nfd), nfd == s, ud.normalize("NFC", nfd) == s, ascii(nfd), ud.normalize("NFKC", "ﬁ①"), ud.normalize("NFKD", "½"), ud.is_normalized("NFC", s))
print("".join(c for c in ud.normalize("NFD", "Crème Brûlée") if ud.category(c) != "Mn"))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ud.lookup("HANGUL SYLLABLE GAG"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.unidata_version)
for bad in ["ud.name('\\x00')", "ud.name('ab')", "ud.name(5)", "ud.lookup('NO SUCH THING')", "ud.normalize('XYZ', 'a')", "ud.decimal('a')", "ud.digit('½')", "ud.numeric('x')", "ud.category('')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print([ud.category(c) for c in "aZ1 .,;:\"'<>+$"])
