# str searching, splitting, replacing, stripping and slicing on plain ASCII, Latin-1, other BMP
# text and text with characters outside the BMP (which take different paths in the engine), with
# and without start/end bounds, counts and maxsplit; results and indices are code point based.
SAMPLES = [
    "a,b,,c,d",
    "héllo wörld, ça va?  ",
    "αβγ,δεζ,,αβγ αβγ",
    "x😀y😀😀z,😀",
    "  \t spaced\nout \u2003 words\x85 here ",
    "",
]
SUBS = ["", ",", "a", "😀", "αβγ", "ö", "  ", "zz"]
BOUNDS = [(None, None), (1, None), (2, -1), (-4, None), (0, 3), (5, 2), (100, None), (-100, 6)]

for s in SAMPLES:
    print(repr(s), len(s))
    for sub in SUBS:
        out = []
        for a, b in BOUNDS:
            out.append((s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
                        s.startswith(sub, a, b), s.endswith(sub, a, b)))
        print(" ", repr(sub), out)
        try:
            print("   index", s.index(sub, 1), s.rindex(sub, 0, len(s) - 1))
        except ValueError as e:
            print("   index", e)
        if sub:
            for m in (-1, 0, 1, 2):
                print("   split", m, s.split(sub, m), s.rsplit(sub, m))
            print("   partition", s.partition(sub), s.rpartition(sub))
        for c in (-1, 0, 1, 2):
            print("   replace", c, repr(s.replace(sub, "<>", c)), repr(s.replace(sub, "", c)))
    for m in (-1, 0, 1, 3):
        print("  wsplit", m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m))
    for chars in (None, " ", "a,", "😀z", "héα "):
        print("  strip", repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
    print("  slices", repr(s[::2]), repr(s[::-1]), repr(s[1:-1:3]), repr(s[-3:]), repr(s[:0]), s[:] is s)
    print("  iter", [c for c in s][:6], [ord(c) for c in s[-3:]])
    print("  pad", repr(s.center(30, "*")), repr(s.ljust(25)), repr(s.rjust(26, "😀")), repr(s.zfill(24)))

# A search from a moving offset over a long string, as a parser would do it.
text = ",".join(str(i) for i in range(3000)) + "😀end"
pos, hits = 0, 0
while True:
    pos = text.find("99", pos)
    if pos < 0:
        break
    hits += 1
    pos += 1
print("moving find:", hits, text.find("😀"), text.rfind("9", 0, 100), text.count("1", 10, 2000))
