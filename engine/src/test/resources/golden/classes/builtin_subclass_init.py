class L(list): pass
print(L(x for x in range(3)), L(), L("ab"))
try:
    L(1, 2)
except TypeError as e:
    print(e)
try:
    list(a=1)
except TypeError as e:
    print(e)
class S(set): pass
try:
    S(1, 2)
except TypeError as e:
    print(e)
try:
    hash(S())
except TypeError as e:
    print(e)
print(type(S([1]) | {2}), type(S([1]).copy()), S([1]) == {1}, {1} == S([1]))
class F(frozenset): pass
f = F([1, 2])
print(type(f.copy()), hash(f) == hash(frozenset([1, 2])), f | {3}, type(f | {3}))
class D(dict):
    def __init__(self, x):
        super().__init__()
        self.x = x
print(D({1: 2}), D(5).x)
class L3(list):
    def __init__(self, x):
        super().__init__()
print(L3([1, 2]))
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.x, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2); q.z = 5; print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 9; print(r.w)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class Sl:
    __slots__ = "a"
s = Sl()
try:
    s.a
except AttributeError as e:
    print(e)
class Bad:
    __slots__ = ("a",)
    a = 1
