# Sorting lists whose keys are all ints, all strs, or tuples of them (the engine sorts those with
# a direct comparator), next to lists that need Python's comparisons; stability, reverse, keys,
# big ints, strs beyond the BMP, equal-but-distinct objects and errors.
big = 10**30
nums = [(i * 7919) % 1009 - 500 for i in range(3000)]
print(sorted(nums)[:8], sorted(nums, reverse=True)[:8], sum(sorted(nums)[::300]))
mixed_size = [big, -big, 5, -(2**63), 2**63 - 1, 2**63, 0, -1, big + 1, 3]
print(sorted(mixed_size), sorted(mixed_size, reverse=True))
words = ["pear", "apple", "Äpfel", "zebra", "😀smile", "\uffffmax", "apple", "", "a", "Zulu", "éclair", "\U0001f600"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len), sorted(words, key=str.lower))
pairs = [(v % 7, -v, str(v % 3)) for v in range(40)]
print(sorted(pairs)[:6], sorted(pairs, reverse=True)[:4])
ragged = [(1, 2), (1,), (1, 2, 3), (0, 5), (), (1, 2), (1, 1, 9)]
print(sorted(ragged), sorted(ragged, reverse=True))
named = [("b", 2), ("a", 3), ("b", 1), ("a", 3), ("c", 0)]
print(sorted(named), sorted(named, key=lambda kv: (-kv[1], kv[0])), sorted(named, key=lambda kv: kv[1], reverse=True))

# Stability: equal keys keep their order; equal ints that are distinct objects keep theirs.
a, b = int("1" + "0" * 20), int("1" + "0" * 20)
assert a is not b
s = sorted([b, 1, a, 0])
print(s[2] is b, s[3] is a, sorted([b, a], reverse=True)[0] is b)
recs = [("x", i % 4, i) for i in range(20)]
print([r[2] for r in sorted(recs, key=lambda r: r[1])], [r[2] for r in sorted(recs, key=lambda r: r[1], reverse=True)])
items = list(range(30))
items.sort(key=lambda v: v % 5)
print(items)

# Keys that are not (all) ints or strs go through Python comparisons.
print(sorted([3, 1.5, 2, True, -0.0, 0]), sorted([(1, "a"), (2, 3), (0, "z")]))
print(sorted([float("nan"), 2.0, 1.0, 3.0])[1:], sorted([1, 2, float("nan"), 0]))
for bad in ([1, "a"], [(1, "a"), (1, 2)], ["a", None]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)


class Loud(int):
    def __lt__(self, other):
        print("lt", int(self), int(other))
        return int(self) < int(other)


print(sorted([Loud(2), Loud(1)]))
print(sorted([True, False, True]), sorted([(True, 1), (False, 2)]))

# int against NaN: unordered both ways.
nan = float("nan")
print([0 < nan, nan < 0, 0 > nan, 0 <= nan, 0 >= nan, 0 == nan, 0 != nan, 10**30 < nan, 10**30 >= nan, True < nan])

# Pairs and longer tuples of ints (sorted on flat arrays of their first two items).
vals = [(i * 7919) % 1009 for i in range(2000)]
int_pairs = [(v % 13, v % 5) for v in vals]
print(sorted(int_pairs)[::97], sorted(int_pairs, reverse=True)[::131])
tagged = [(v % 3, v % 2, i) for i, v in enumerate(vals)]
print(sorted(tagged)[::151], sorted(tagged, reverse=True)[:5])
recs = [(i % 3, -(i % 4), "r%d" % i) for i in range(24)]
print([r[2] for r in sorted(recs, key=lambda r: (r[0], r[1]))], [r[2] for r in sorted(recs, key=lambda r: r[:2], reverse=True)])
twins = [(1, int("7" * 25)), (1, 2), (0, -(2**70)), (1, 2**63), (1, -(2**63))]
print(sorted(twins), sorted([(1, 2), (1,), (1, 2, 0), (0, 9)]))
p, q = tuple([5, 5]), tuple([5, 5])
print(sorted([q, (1, 1), p])[1] is q, sorted([q, p], reverse=True)[0] is q)
