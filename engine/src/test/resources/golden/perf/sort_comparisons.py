# list.sort asks __lt__ exactly the comparisons CPython's sort asks, in the same order: natural
# runs, binary insertion, powersort's merge order, galloping (with its adaptive threshold).
# Each case prints the number of comparisons and a checksum of the sequence of compared pairs.
import random


class Key:
    log = None

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        Key.log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"K{self.v}"


def trace(values, **kw):
    Key.log = []
    items = [Key(v, i) for i, v in enumerate(values)]
    items.sort(**kw)
    h = 0
    for a, b in Key.log:
        h = (h * 1000003 + a * 7919 + b) % 2305843009213693951
    order = [k.tag for k in items]
    assert [k.v for k in items] == sorted(values, **kw)
    return len(Key.log), h, sum(i * t for i, t in enumerate(order)) % 1000003


random.seed(11)
cases = {
    "random 1000": [random.randrange(10**6) for _ in range(1000)],
    "random 2000 few values": [random.randrange(7) for _ in range(2000)],
    "sorted 1000": list(range(1000)),
    "reversed 1000": list(range(1000, 0, -1)),
    "equal 500": [5] * 500,
    "period 3 (oop bench)": [(i % 13 + 1) * (i % 7 + 1) if i % 3 == 0 else (i % 11 + 1) ** 2 if i % 3 == 1
                             else (i % 9 + 2) * (i % 5 + 2) // 2 for i in range(3000)],
    "sawtooth": [i % 97 for i in range(2000)],
    "two sorted halves": list(range(0, 2000, 2)) + list(range(1, 2000, 2)),
    "sorted with noise": [i if i % 50 else -i for i in range(2000)],
    "descending runs": [j for i in range(20) for j in range(100 * i + 99, 100 * i - 1, -1)],
    "organ pipe": list(range(700)) + list(range(700, 0, -1)),
}
for n in (2, 3, 31, 32, 33, 63, 64, 65, 127, 128, 129, 1025):
    cases["random %d" % n] = [random.random() for _ in range(n)]
for name, values in cases.items():
    print(name, trace(values))
    print("  reverse", trace(values, reverse=True))
Key.log = []
keyed = [Key(random.randrange(100), i) for i in range(1000)]
keyed.sort(key=lambda k: Key(-k.v if k.tag % 2 else k.v, k.tag))
print("keyed", len(Key.log), sum(i * k.tag for i, k in enumerate(keyed)) % 1000003)


# A comparison that raises: the list keeps every item, in the order the sort had reached.
class Boom:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Boom.calls += 1
        if Boom.calls == LIMIT:
            raise ValueError("boom at %d" % Boom.calls)
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


random.seed(3)
for LIMIT in (5, 40, 300, 2000, 4500):
    for rev in (False, True):
        Boom.calls = 0
        data = [Boom(random.randrange(300)) for _ in range(400)]
        try:
            data.sort(reverse=rev)
        except ValueError as e:
            print(e, "reverse" if rev else "", len(data), sum(i * b.v for i, b in enumerate(data)) % 1000003)
        else:
            print("sorted without error", Boom.calls)


# The list looks empty to a key function and to __lt__ while it is sorted; a change made meanwhile
# is dropped and reported.
box = [3, 1, 2]
box.sort(key=lambda x: (print("key sees", len(box), box), x)[1])
print(box)
try:
    box.sort(key=lambda x: box.append(x) or x)
except ValueError as e:
    print("ValueError:", e, box)


class Peek:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt sees", len(seen))
        return self.v < other.v


seen = [Peek(2), Peek(1)]
seen.sort()
print([p.v for p in seen])
