# str methods whose implementations take shortcuts for text without surrogate pairs:
# strip/lstrip/rstrip, replace, ljust/rjust/center/zfill, split, capitalize, str.format
# field names and % formatting, on plain, Latin-1, BMP, astral and lone-surrogate text.
texts = ["", "0", "00120", "  pad  ", "\t\nx y\x1f", "caf\xe9", "\u0394\u03b5\u03bb\u03c4\u03b1",
         "\U0001f600ab\U0001f600", "a\ud800b", "\udc00", "-42", "+7", "x" * 9]
fills = [" ", ".", "\xe9", "\u2603", "\U0001f600", "\udc00"]
for t in texts:
    row = [t.strip(), t.strip("0"), t.lstrip(" \t"), t.rstrip("\U0001f600b"), t.strip("\ud800a")]
    row += [t.replace("0", "o"), t.replace("\U0001f600", "!"), t.replace("a", "\U0001f600", 1), t.replace("", "|", 2)]
    for f in fills:
        row += [t.ljust(7, f), t.rjust(7, f), t.center(8, f)]
    row += [t.zfill(6), t.zfill(0), t.center(3), t.rjust(len(t)), t.ljust(-1)]
    row += [t.split("a"), t.split("\U0001f600"), t.split(), t.split("ab"), t.rsplit("a", 1), t.split("0", 1)]
    row += [t.capitalize(), t.title(), t.upper(), t.lower()]
    row += ["{0}|{1!r:>9}|{0!a}".format(t, t), "%s/%r/%5s" % (t, t, t[:2])]
    print(ascii(row))
for bad in ["ab", "", "\U0001f600\U0001f600"]:
    for name in ["ljust", "rjust", "center"]:
        try:
            getattr("x", name)(3, bad)
        except TypeError as e:
            print(name, ascii(bad), e)
for call in [lambda: "x".rjust(3, fillchar="."), lambda: "x".strip(chars="x"), lambda: "x".replace("x")]:
    try:
        call()
    except TypeError as e:
        print(e)
s = "abc"
print(s.strip() is s, s.rjust(2) is s, s.zfill(3) is s, s.replace("z", "y") is s, s.center(1) is s)
print("{0[1]}{0[0]}{1.real}{k}".format("ab", 5, k="K"), "{:>{w}}".format("r", w=4))
print(len("ab,cd,,ef".split(",")), "a,b".split(",", 0), ",a,".split(","), "a\u2028b c".split())
