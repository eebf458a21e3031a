# a + b where the result has at most 7 chars (the engine then keeps Latin-1 text packed in the str,
# with no Java String until one is needed): every pair from a pool of short, empty, Latin-1,
# non-Latin-1 and astral strs, the results compared, hashed, sliced, indexed, used as keys and in
# tuples. Recorded with CPython 3.11.7.
pool = ["", "a", "Z", "ab", "xyz", "é", "ÿ", "\x00", "\x7f", "€", "😀", "ka", "abcdef", "abcdefg", "\u0100", "é\xff"]
for a in pool:
    row = []
    for b in pool:
        s = a + b
        t = "".join([a, b])
        row.append((len(s), s == t, s != t, hash(s) == hash(t), bool(s), s[:2], s[1:], s[::-1], s[-1:],
                    s[0] if s else None, s < t + "!", s in {t: 0}, (s, a) == (t, a), s.upper() == t.upper()))
    print(repr(a), row)

words = []
syllables = ["ka", "lo", "mi", "é", "€"]
for i in range(200):
    words.append(syllables[i % 5] + syllables[i * 7 % 5] + (syllables[i * 3 % 5] if i % 3 else ""))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
pairs = {}
prev = ""
for w in words:
    pairs[(prev, w)] = pairs.get((prev, w), 0) + 1
    prev = w
print(len(pairs), sorted(pairs.items())[:6])
groups = {}
for w in words:
    groups.setdefault(w[:2], []).append(len(w))
print(sorted((k, len(v), sum(v)) for k, v in groups.items()))
x = "ab" + "cd"
lit = "abcd"
print(x, x == "abcd", "abcd" == x, x is lit, hash(x) == hash("abcd"), x[0], x[-1], x[1:3], list(x),
      x * 3, x.join("123"), f"{x:^9}", "%s|%5s" % (x, x), x.replace("b", "B"), int("12" + "34") + 1,
      float("1." + "5"), ("k" + "a") in counts, "kalo" + "mi" in counts, sorted({x, "ab" + "cd", "abcd"}))
