a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
print(a.setdefault("x", 99), a.setdefault("n", []), a)
print(a.popitem(), a.popitem(), a)
print(a.keys() & {"x", "q"}, sorted(a.keys() | {"q"}), sorted(a.keys() - {"x"}), a.items() & {("x", 1)})
print({}.get("k"), dict.fromkeys("ab", 0), dict(zip("ab", [1, 2])), dict([("a", 1)], b=2))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
lst = [0, 1, 2, 3, 4, 5]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [9, 9, 9, 9]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del lst[::3]
print(lst)
lst[len(lst):] = [7]
lst[:0] = [-1]
print(lst, lst.index(9), lst.index(9, 2) if 9 in lst[2:] else "-")
try:
    lst.index(100)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.remove(100)
except ValueError as e:
    print("ValueError:", e)
lst.insert(-100, "start"); lst.insert(100, "end")
print(lst)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, [[0] * 2 for _ in range(2)])
print([1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], [] < [0], (1, 2) + (3,), [1] * 3)
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "ab"[9]
except IndexError as e:
    print("IndexError:", e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2]["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][1.0]
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x += (4,)
x *= 2
print(x, x.count(1), sorted(set(x)), x[-100:100], x[5:1], x[::-2])
