d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
d["z"] = 3
print(k, v, it, len(k))
del d["x"]
d["x"] = 9
print(list(d), list(v), list(it))
print(k & {"x", "q"}, k | {"w"} >= {"w"}, sorted(k - {"y"}), k ^ {"y", "n"} == {"x", "z", "n"}, it & {("y", 2)})
print("y" in k, 2 in v, ("y", 2) in it, ("y", 3) in it, k == {"x", "y", "z"}, v == v)
print(reversed(d).__class__.__name__, list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
e = dict.fromkeys("abc", 0)
e.update([("d", 4)], e=5)
print(e, e.pop("a"), e.pop("missing", "dflt"), e.popitem(), e.setdefault("b", 7), e.setdefault("q", 8), e)
try:
    e.pop("missing")
except KeyError as ex:
    print("KeyError:", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
print({1: "a", True: "b", 1.0: "c"}, {**{"a": 1}, "a": 2}, dict(a=1) | {"b": 2}, {"a": 1} == {"a": 1.0})
f = {"a": 1}
f |= {"b": 2}
print(f, dict(zip("ab", range(2))), dict([("k", "v")]), {k: v for k, v in enumerate("xy")})
try:
    dict([("a", 1, 2)])
except ValueError as ex:
    print("ValueError:", ex)
try:
    dict([1])
except TypeError as ex:
    print("TypeError:", ex)
try:
    {[]: 1}
except TypeError as ex:
    print("TypeError:", ex)
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__, repr({}.keys()))
g = {"a": {"b": [1, {"c": None}]}}
print(g, str(g), repr(g["a"]), g.get("zz", {}).get("q"))
print(list(d.copy().items()) == list(d.items()), d.copy() is d, {}.fromkeys([1, 2]))
import collections
od = collections.OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False), od == {"a": 1}, collections.OrderedDict(a=1) == collections.OrderedDict(a=1))
