# Equality of tuples and lists as values and as dict keys: lists of different lengths are unequal
# without comparing items, tuples compare items first; identity before ==; NaN items.
class E:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n

    __hash__ = object.__hash__


print([E(1)] == [E(1), E(2)], [E(1)] != [E(1), E(2)], (E(1),) == (E(1), E(2)), (E(1),) != (E(1), E(2)))
print([E(3)] == [E(3)], (E(4), 1) == (E(4), 2), [E(5), 1] < [E(5), 2])
d = {(1, "a"): 1, ("x", (2, 3)): 2, (): 3, (1, 2.0): 4}
print(d[(1, "a")], d[("x", (2, 3))], d[()], d[(1, 2)], (1, "a") in d, (1, "b") in d, ("x", (2, 4)) in d)
n = float("nan")
t = (n,)
print(t == t, (n,) == (n,), [n] == [n], (1, 2.0) == (1, 2), (1, 2) == (1, 2, 3), [1, 2] == [1, 2, 3])
counts = {}
words = ["ka", "lo", "ka", "mi", "lo", "ka"]
prev = ""
for w in words * 50:
    key = (prev, w)
    counts[key] = counts.get(key, 0) + 1
    prev = w
print(sorted(counts.items()))
e = E(7)
print({(e, 1): "same"}[(e, 1)])
