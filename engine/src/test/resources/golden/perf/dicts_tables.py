# Dict order, deletion and re-insertion, and the errors of a dict changed while iterated.
d = {}
for i in range(20):
    d[i * 7 % 13] = i
print(list(d.items()))
for k in [0, 7, 1]:
    del d[k]
d[7] = "back"
d[100] = "new"
print(list(d), len(d))
print(d.pop(3), d.popitem(), list(d.keys())[:3])
d2 = dict(d)
d2.update({"x": 1, 7: "again"})
print(d2 == d, list(d2.items())[-3:])

try:
    for k in d:
        d[k * 1000 + 1] = 0
except RuntimeError as e:
    print("RuntimeError", e)

e = {1: 1, 2: 2, 3: 3}
try:
    for k in e:
        del e[k]
        e[k + 10] = 0
except RuntimeError as err:
    print("RuntimeError", err, sorted(e))

f = {"a": 1, "b": 2}
it = iter(f)
next(it)
f["c"] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as err:
        print("RuntimeError", err)

g = {"k": 1}
for k in g:
    g[k] = 2
print(g)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%d)" % self.v


h = {K(i): i for i in range(8)}
print(h[K(5)], K(9) in h, list(h)[:4])
del h[K(4)]
print(len(h), h.get(K(4)), list(h.values()))
try:
    h[[1]] = 2
except TypeError as err:
    print("TypeError", err)
try:
    print({}[[1]])
except TypeError as err:
    print("TypeError", err)
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): 3, "s": 4, None: 5, 2.5: 6})
