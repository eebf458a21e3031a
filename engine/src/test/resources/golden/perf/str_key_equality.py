# Equal strs that are distinct objects, as dict/set keys and in tuple keys: short texts (up to
# 7 Latin-1 chars, compared by their packed form once hashed), longer ones, non-Latin-1 ones,
# NUL chars and the empty string, hashed on one side only, and str subclasses.


def fresh(s):
    # The same text as a new object (not the literal, not interned).
    return "".join(list(s))


samples = ["", "\x00", "\x00\x00", "a", "a\x00", "ka", "kalo", "kalomi", "kalomin",
           "kalomine", "kalominesu", "\xe9t\xe9", "\xff\xfe\xfd\xfc\xfb\xfa\xf9", "\xff" * 8,
           "\u03a9", "a\u03a9", "\u20ac\u20ac", "x" * 7, "x" * 6 + "y", "y" + "x" * 6]

d = {}
for i, s in enumerate(samples):
    d[s] = i
print(len(d), len(samples))
print([d[fresh(s)] for s in samples])
print([fresh(s) in d for s in samples])
print([(s + "?") in d for s in samples])
print(["\x00" * n in d for n in range(4)])

# Hashed on one side only: == between a hashed key and an unhashed fresh copy, both ways.
for s in samples:
    a = fresh(s)
    b = fresh(s)
    hash(a)
    assert a == b and b == a and not (a != b), repr(s)
    c = fresh(s + "z")
    hash(c)
    assert a != c and c != a, repr(s)
print("eq ok")

# Every pair of samples, each side hashed or not.
same = 0
for x in samples:
    for y in samples:
        for hx in (False, True):
            for hy in (False, True):
                a, b = fresh(x), fresh(y)
                if hx:
                    hash(a)
                if hy:
                    hash(b)
                assert (a == b) == (x == y), (x, y, hx, hy)
                same += a == b
print("pairs", same)

pairs = {}
prev = ""
for w in samples * 3:
    key = (fresh(prev), fresh(w))
    pairs[key] = pairs.get(key, 0) + 1
    prev = w
print(len(pairs), max(pairs.values()), pairs[(fresh("kalo"), fresh("kalomi"))])

s = set(fresh(x) for x in samples * 2)
print(len(s), all(fresh(x) in s for x in samples))


class Word(str):
    def __eq__(self, other):
        print("Word.__eq__", repr(str(self)), repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


w = Word("kalo")
table = {w: "sub"}
print(table[fresh("kalo")], table[Word(fresh("kalo"))])
print(table.get("kalo"), "kalo" in table, Word("kalo") == "kalo")
