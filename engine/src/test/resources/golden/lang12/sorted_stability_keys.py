records = [("bob", 25, "b"), ("amy", 30, "a"), ("cat", 25, "c"), ("dan", 30, "d"), ("eve", 22, "e")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=str.casefold, reverse=True))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted([3, 1, 2], reverse=True), sorted([]))
print(min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]), max([], default="none"))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min("b", "a", "c", key=ord))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
def evil(x):
    lst.append(x)
    return x
try:
    lst.sort(key=evil)
except ValueError as e:
    print("ValueError:", e, lst)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v > o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]))
import operator
people = [{"n": "x", "a": 3}, {"n": "y", "a": 1}]
print(sorted(people, key=operator.itemgetter("a")), sorted(records, key=operator.itemgetter(1, 0))[:2])
print(list(reversed(sorted([1, 2, 3]))), sorted(range(10), key=lambda x: x % 3))
print(sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]), sorted([float("nan"), 1, 0]))
