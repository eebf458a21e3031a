data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])))
print(sorted(data, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
import functools, operator
print(sorted(data, key=operator.itemgetter(0, 1)), sorted([[2, 1], [1, 2]], key=operator.itemgetter(1)))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), max(words, key=len), min(words, key=len))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
lst = [5, 3, 1]
print(lst.sort(), lst, sorted((3, 1, 2)), sorted("bca"), sorted({3: "x", 1: "y"}), sorted({2, 1}.union({0})))
print(sorted([1.0, 1, True], key=lambda x: 0), sorted([0.5, -1, 2], key=abs), list(reversed([1, 2, 3])))
d = {"b": 1, "a": 3, "c": 2}
print(sorted(d.items(), key=lambda kv: kv[1]), dict(sorted(d.items())), sorted(d, key=d.get))
print(max(d.items(), key=lambda kv: kv[1]), min(d.values()), max("abc", "b", key=len))
class Item:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"I{self.n}"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(1)]), min(Item(2), Item(5)))
try:
    sorted([Item(1), 3])
except TypeError as e:
    print("TypeError:", e)
nested = [[3, [1]], [1, [2]], [3, [0]]]
print(sorted(nested))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), sorted("hello", reverse=True))
