from operator import itemgetter, attrgetter
from collections import namedtuple
from functools import cmp_to_key

Row = namedtuple("Row", "name dept pay")
rows = [Row("ann", "ops", 50), Row("bob", "dev", 70), Row("cy", "dev", 50), Row("di", "ops", 70), Row("ed", "hr", 50)]
print(sorted(rows, key=itemgetter(2, 0), reverse=True))
print(sorted(rows, key=lambda r: (-r.pay, r.dept, r.name)))
print([r.name for r in sorted(sorted(rows, key=attrgetter("name"), reverse=True), key=attrgetter("pay"))])
print(max(rows, key=itemgetter(2)), min(rows, key=lambda r: (r.pay, r.name[::-1])))
print(sorted([(1, "b"), (1, "a", 0), (0,), ()], reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(cmp)))
a, b, c = {1, 2, 3, 4}, {3, 4, 5}, frozenset({4, 5, 6})
print(a | b, a & b, a - b, a ^ b, b | c, c | b, type(c | b).__name__, type(b | c).__name__)
print(a <= b, {3} < b, b >= {3, 4}, a.isdisjoint(c), c.issuperset([5]), a.union([9], (8,)), a.intersection(b, c))
x = set(a); x |= {10}; x -= {1}; x ^= {2, 11}; x &= set(range(12)); print(sorted(x))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(frozenset([1, 2]) == {1, 2}, {frozenset({1}): "k"}[frozenset([1])])
first, *middle, last = sorted(a | b | c)
print(first, middle, last)
(p, q), *rest = [(1, 2), 3, 4]
print(p, q, rest)
*init, (u, v) = "ab", "cd", "ef"
print(init, u, v)
print([*range(3), *"hi", *{"k": 1}], {**{"a": 1}, "b": 2, **dict(a=3)}, (*a,))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, *z = [1]
except ValueError as e:
    print("ValueError:", e)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print([v for row in grid if sum(row) > 5 for v in row if v % 2 == 0])
print({(r, c): v for r, row in enumerate(grid) for c, v in enumerate(row) if r != c and v > 2})
print([[y for y in range(x) if y % 2] for x in range(6) if x > 2])
