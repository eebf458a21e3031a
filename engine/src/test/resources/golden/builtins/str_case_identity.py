# Which object a case method returns: CPython 3.11.7 always builds a new str (not the str itself
# when nothing changed, not its cached one-char strs), except for the empty str.
names = ("upper", "lower", "casefold", "capitalize", "swapcase", "title")
samples = ["", "a", "A", "1", " ", "\u00e9", "\u00c9", "\u00b5", "\u0101", "\u0100", "ab", "AB", "12",
           "\u00e9\u00e9", "\u0101\u0101", "\U0001d400", "x" * 70, "X" * 70, "7" * 70]
for name in names:
    row = []
    for s in samples:
        r = getattr(s, name)()
        cached = len(r) == 1 and ord(r) < 256 and r is chr(ord(r))
        row.append(f"{ascii(s)[:8]}:{'self' if r is s else ('cache' if cached else 'new')}")
    print(name, " ".join(row))


class S(str):
    pass


for name in names:
    r = getattr(S("ab"), name)()
    e = getattr(S(""), name)()
    print(name, type(r).__name__, r, e is samples[0], type(e).__name__)
s = "hello"
print(s.upper().lower() == s, s.lower() is s, s.lower() == s, len({id(s.lower()) for _ in range(3)}) >= 1)
