# Case methods on strings long enough (64 chars and more) for the engine's one-pass ASCII check,
# and on short ones: ASCII, Latin-1, Greek sigma, lone surrogates, astral text, ligatures.
base = "Hello, World! the Quick brown fox 0123456789 _-+ [xyz] {ABC} end."


def show(label, s):
    for name in ("upper", "lower", "casefold", "capitalize", "swapcase", "title"):
        r = getattr(s, name)()
        print(label, name, len(r), ascii(r[:12]), ascii(r[-12:]), r == s, hash(r) == hash(ascii(r)[1:-1]))
    print(label, "isascii", s.isascii(), len(s))


show("ascii64", base[:64])
show("ascii63", base[:63])
show("ascii", base * 20)
show("empty", "")
show("one", "a")
show("one-upper", "Q")
show("digits", "12345" * 20)
show("latin1", base * 2 + "\u00e9t\u00e9 \u00df\u00e0 \u00ff\u00b5")
show("latin1-first", "\u00e9" + base * 2)
show("sigma", base * 2 + " \u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u03a3")
show("lone-low", base * 2 + "\udc80")
show("lone-high", "\ud800" + base * 2)
show("lone-only", "\udfff" * 70)
show("pair", base * 2 + "\U0001d400\U00010428")
show("ligature", "\ufb01" + base * 2 + "\u0130")
show("title-like", "\u01c4" + base * 2)
show("first-space", " " + base * 2)
for w in ["x" * 63 + "Y", "Y" + "x" * 63, "aBc" * 30, "\u00c9" * 64]:
    print(w.capitalize()[:5], w.upper()[-3:], w.lower()[:4], w.capitalize() == w[0].upper() + w[1:].lower())
big = "".join(str(i) for i in range(300000))
print(len(big), big.lower() == big, big.upper() is big, big.capitalize() == big, ("X" + big).lower()[:5])
