from operator import itemgetter, attrgetter
people = [("ann", 31, "b"), ("bob", 25, "a"), ("cid", 31, "a"), ("dee", 25, "c")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 2), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted("bca", reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]), max([], default="none"))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
lst = [3, 1, 2]
print(lst.sort(), lst, list(reversed(lst)), sorted({3: "c", 1: "a"}), sorted({3: "c", 1: "a"}.items()))
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), len(k), "b" in k, 2 in v, ("b", 2) in i)
print(k & {"b", "z"}, k | {"z"} == {"b", "c", "d", "z"}, k - {"b"} == {"c", "d"}, sorted(k ^ {"b", "q"}))
print(type(k).__name__, type(v).__name__, type(i).__name__, reversed(d).__class__.__name__, list(reversed(d)))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d == {"b": 2, "c": 3, "d": 4, "new": 1}, dict.fromkeys("ab", 0), d.get("zz"), d.setdefault("e", 5), d.pop("e"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d | {"x": 9}, {**d, "b": 20}, dict(zip("xy", [1, 2])), dict([("a", 1)], b=2))
e = {}
try:
    e.popitem()
except KeyError as err:
    print("KeyError:", err)
print(d.popitem(), list(d.items())[-1], {1: "a", True: "b", 1.0: "c"})
from collections import Counter, OrderedDict, defaultdict
c = Counter("mississippi")
print(c.most_common(2), sorted(c.elements())[:5], c["z"], c)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd), dd.default_factory)
