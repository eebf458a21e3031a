print({5, 1, 100, -1, 33, 2**40, 8, 16, 32, 64})
print({-5, -1, -2, 0, 7, 1000000, 3**30})
s = set(range(20))
for x in range(0, 20, 3):
    s.discard(x)
s.update([100, 37, 64, 21])
print(s)
print({1.5, 2.0, 0.1, -3.25, 1e10, float("inf")})
print({(1, 2), (2, 1), (0, 0), (5,), ()})
print({True, 2, 3.0, None} if False else {True, 2, 3.0})
print(frozenset([9, 3, 27, 81]), set("") , {None, 0} == {0, None})
a = {1, 2, 3, 4, 5, 40, 50}
b = {4, 5, 6, 7, 40, 60}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a ^ b) == sorted(b ^ a), list(a ^ b) == list(b ^ a))
big = set()
for i in range(0, 200, 7):
    big.add(i * 31 % 101)
print(big)
print(set([3, 1, 2]) == {1, 2, 3}, list({3: 0, 1: 0, 2: 0}), list({3, 1, 2}))
s = {10, 20, 30}
s.remove(20)
s.add(25)
s.add(20)
print(s, s.pop(), s)
print({x * x for x in range(-3, 4)}, set(map(abs, [-1, 1, -2])))
print({2**61 - 1, 2**61, 2**62, -2**61, 2**64 + 1})
print({-1, -2}, hash(-1), hash(-2), {10**20, 10**21})
print(set(range(1000, 1010)), set(range(60, 70)))
d = {}
for k in [5, 3, 9]:
    d[k] = k
del d[3]
d[3] = "again"
print(d, list(d.items()))
import collections
print(collections.Counter([3, 1, 3, 2, 1, 3]).most_common(), set(collections.Counter("aab")) == {"a", "b"})
print({5, 1, 100, -1, 33, 2**40, 8, 16, 32, 64})
print([x for x in {5, 1, 100, -1, 33, 2**40, 8, 16, 32, 64}])
print(2**40 in {5, 1, 100, -1, 33, 2**40, 8, 16, 32, 64})
print({0, 1000000, -2, 7, 3**30, -5, -1}, {-3, 2 - 5, 1 + 1, 2 * 8 + 1, 17, 1})
def f():
    return (1, -2, 3 * 3), {9, -1, 2 * 16 + 1, 32, 1}
print(f(), f.__code__.co_consts, (1, 2 * 3) is (1, 2 * 3))
