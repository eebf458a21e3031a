# dict methods call a key's __hash__ (and __eq__) as often as CPython: once for get/setdefault/pop, never for pop on an empty dict.
class K:
    def __hash__(self):
        print("hash")
        return 1
    def __eq__(self, o):
        print("eq")
        return self is o
d = {}
k = K()
print("get"); d.get(k)
print("get2"); d.get(k, 0)
print("setdefault"); d.setdefault(k, 1)
print("setdefault2"); d.setdefault(k, 2)
print("pop"); d.pop(k)
print("pop2"); d.pop(k, None)
print("in"); k in d
print("setitem"); d[k] = 3
print("getitem"); d[k]
print("contains"); d.__contains__(k)
from collections import defaultdict
dd = defaultdict(int)
print("dd"); dd[k] += 1
print("dd2"); dd[k] += 1
print({}.pop([], 1))
try:
    {}.pop([])
except KeyError as e:
    print("KeyError", e)
try:
    {1: 2}.pop([])
except TypeError as e:
    print("TypeError", e)
try:
    {}.get([])
except TypeError as e:
    print("TypeError", e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print("TypeError", e)
class C:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return 7
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
d = {C(1): "a", C(2): "b"}
print(d.setdefault(C(3), "c"), d.setdefault(C(2), "z"), d.get(C(1)), d.pop(C(3)), len(d))
dd = defaultdict(list)
dd[C(4)].append(1)
dd[C(4)].append(2)
print(sorted((k.n, v) for k, v in dd.items()))
