# str.split / str.rsplit: the pieces, and which piece is the string itself (CPython hands back an
# exact str that is not split; a separator longer than the string, or with wider characters,
# gives the string itself even for a str subclass).


class S(str):
    pass


def show(label, s, *args, right=False):
    try:
        parts = s.rsplit(*args) if right else s.split(*args)
    except (ValueError, TypeError, OverflowError) as e:
        print(label, repr(s), args, "->", type(e).__name__, e)
        return
    same = [p is s for p in parts]
    kinds = [type(p).__name__ for p in parts]
    print(label, repr(s), args, "->", parts, same, kinds)


texts = [
    "", "a", "abc", "abcabc", "a,b,,c", ",a,", ",", ",,", "a b  c", "  lead", "trail  ", "   ",
    "x\ty\nz\x0bw\x0cv\rq", "a\x1cb\x1dc\x1ed\x1fe", "no\x85break\xa0here", "wide\u3000space\u2028line",
    "caf\u00e9,na\u00efve", "\u20ac,\u20ac\u20ac,", "\U0001F600,\U0001F601", "\U0001F600 \U0001F601",
    "aaaa", "abab", "a--b--c", "a---b",
]
seps = [None, ",", " ", "--", "aa", "ab", "\u20ac", "\U0001F600", "abcabcabc", "zzz", ""]
maxes = [(), (0,), (1,), (2,), (-1,), (-5,)]

for right in (False, True):
    label = "rsplit" if right else "split"
    for t in texts:
        for sep in seps:
            for m in maxes:
                show(label, t, sep, *m, right=right)
                if sep is None and not m:
                    show(label, t, right=right)

for right in (False, True):
    label = "rsplit" if right else "split"
    for t in ["ab", "a,b", "", "abc", "\u20acx", "x"]:
        s = S(t)
        for sep in [None, ",", "abcd", "\u20ac", "\U0001F600", "\u20acyy", "x"]:
            for m in [(), (0,), (1,)]:
                parts = s.rsplit(sep, *m) if right else s.split(sep, *m)
                print(label, "S", repr(t), repr(sep), m, parts, [p is s for p in parts],
                      [type(p).__name__ for p in parts])

x = "abc" * 3
print(x.split(",")[0] is x, x.split()[0] is x, x.rsplit(",")[0] is x, x.rsplit()[0] is x)
print(x.split(None, 0)[0] is x, x.split(",", 0)[0] is x, x.rsplit(None, 0)[0] is x, x.rsplit(",", 0)[0] is x)
y = " " + x
print(y.split()[0] is x, y.split()[0] == x, y.split(",")[0] is y)
print("a b".split(maxsplit=1), "a b c".rsplit(sep=None, maxsplit=1), "a,b".split(sep=","))
for bad in [1, b",", 2.0]:
    try:
        "a,b".split(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    "a".split(",", "x")
except TypeError as e:
    print("TypeError", e)
big = ",".join(str(i) for i in range(2000))
parts = big.split(",")
print(len(parts), parts[:3], parts[-3:], big.split(",", 3)[-1][:10], len(big.rsplit(",", 5)))
words = " ".join("w%d" % i for i in range(3000)).split()
print(len(words), words[:2], words[-2:])
for m in [2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 10 ** 30, True]:
    for sep in [None, ",", "--"]:
        show("split", "a,b--c d", sep, m)
        show("rsplit", "a,b--c d", sep, m, right=True)
print(len("  ".join("w" for i in range(100)).split(None, 50)))
