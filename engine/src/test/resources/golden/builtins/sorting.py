import random
data = [(i * 7919) % 1009 for i in range(3000)]
print(sorted(data) == sorted(data, key=lambda x: x), sorted(data)[:5], sorted(data, reverse=True)[:5])
pairs = [(x % 7, i) for i, x in enumerate(data)]
s1 = sorted(pairs, key=lambda p: p[0])
print(s1[:6], s1[-3:])
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print(s2[:6], s2[-3:])
words = "the quick brown fox jumps over the lazy dog and THE end".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2, 1, 3]), sorted([]), sorted([1]), sorted(range(50, 0, -1))[:5], sorted([5, 4, 4, 3], reverse=True))
a = list(range(100)); a.sort(key=lambda x: -x); print(a[:5])
