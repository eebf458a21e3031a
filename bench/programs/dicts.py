# Dicts: counting words, grouping, nested dicts, get/setdefault/pop, items() iteration,
# dict comprehensions, defaultdict, sorting entries by count.
from collections import defaultdict

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "ol"]


def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        a = SYLLABLES[x % 12]
        b = SYLLABLES[(x >> 8) % 12]
        c = SYLLABLES[(x >> 16) % 5]
        out.append(a + b + c if x % 3 else a + b)
    return out


text = words(500_000, 7)

counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct:", len(counts), "top:", top)

by_first = {}
for w in text:
    by_first.setdefault(w[:2], []).append(len(w))
print("groups:", sorted((k, len(v), sum(v)) for k, v in by_first.items())[:4])

pairs = defaultdict(int)
prev = ""
for w in text:
    pairs[(prev, w)] += 1
    prev = w
common = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
print("bigrams:", len(pairs), common)

index = {}
for i, w in enumerate(text):
    inner = index.get(w)
    if inner is None:
        inner = index[w] = {"first": i, "last": i, "n": 0}
    inner["last"] = i
    inner["n"] += 1
spread = sum(v["last"] - v["first"] for v in index.values())
print("index spread:", spread)

squares = {k: len(k) * v for k, v in counts.items() if v > 10}
removed = 0
for k in list(squares):
    if squares[k] % 3 == 0:
        removed += squares.pop(k)
print("comprehension:", len(squares), removed, "ka" + "lo" in counts, "zzz" in counts)

numbers = {}
for i in range(550_000):
    key = (i * 7919) % 5003
    numbers[key] = numbers.get(key, 0) + i
checksum = 0
for k, v in numbers.items():
    checksum = (checksum * 31 + k * v) % 1000000007
print("int keys:", len(numbers), checksum)
