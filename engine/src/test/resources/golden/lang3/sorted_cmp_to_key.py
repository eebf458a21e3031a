from functools import cmp_to_key
import operator
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    return len(a) - len(b) or -cmp(a, b)
print(sorted(words, key=cmp_to_key(by_len_then_rev)))
people = [("Ann", 30), ("Bob", 25), ("Cid", 30), ("Dee", 25)]
print(sorted(people, key=operator.itemgetter(1)), sorted(people, key=operator.itemgetter(1, 0), reverse=True))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return f"P({self.n})"
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=operator.attrgetter("a")), max(ps, key=lambda p: p.a), min(ps, key=lambda p: p.n))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(ps)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], cmp=cmp)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(key=lambda x, y: 0)
except TypeError as e:
    print("TypeError:", e)
k = cmp_to_key(cmp)
print(k(1) < k(2), k(3) == k(3), type(k(1)).__name__)
try:
    hash(k(1))
except TypeError as e:
    print("TypeError:", e)
data = [5, 3, 8, 1]
data.sort(reverse=True)
print(data, sorted("hello"), sorted({3: "a", 1: "b"}), sorted([[2, 1], [1, 2], [1]]))
print(sorted([0.5, float("nan"), 0.1])[1:], sorted([True, 0, 2, False]))
print(min([], default="empty"), max("abc"), max([1, 5], [2]), min(3, 1, 2))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
