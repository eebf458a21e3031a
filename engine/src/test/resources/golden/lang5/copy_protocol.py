import copy, enum, collections, dataclasses, fractions, decimal, datetime
class C(enum.Enum):
    R = 1
print(copy.deepcopy(C.R) is C.R, copy.copy(C.R) is C.R)
P = collections.namedtuple("P", "a b")
p = P([1], 2); q = copy.deepcopy(p); print(q, q.a is p.a, type(q).__name__)
@dataclasses.dataclass
class D:
    xs: list
d = D([1]); e = copy.deepcopy(d); print(e, e.xs is d.xs)
od = collections.OrderedDict(a=[1]); print(copy.deepcopy(od), type(copy.deepcopy(od)).__name__, copy.deepcopy(od)["a"] is od["a"])
dd = collections.defaultdict(list, a=[1]); x = copy.deepcopy(dd); print(x, x["a"] is dd["a"], type(copy.copy(dd)).__name__)
cn = collections.Counter("aab"); print(copy.deepcopy(cn), copy.copy(cn))
dq = collections.deque([[1], 2], maxlen=5); y = copy.deepcopy(dq); print(y, y[0] is dq[0])
print(copy.deepcopy(fractions.Fraction(1, 3)), copy.deepcopy(decimal.Decimal("1.5")), copy.deepcopy(datetime.date(2020, 1, 2)))
s = {1, 2}; fs = frozenset({(1, 2)}); print(copy.deepcopy(s), copy.deepcopy(fs), copy.copy(fs) is fs)
class L(list):
    pass
l = L([[1]]); l.tag = "t"; m = copy.deepcopy(l); print(m, type(m).__name__, m.tag, m[0] is l[0])
class W:
    def __init__(self): self.items = [[1, 2]]; self.me = self
w = copy.deepcopy(W()); print(w.me is w, w.items)
class CC:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__"); return CC(self.v)
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return CC(copy.deepcopy(self.v, memo))
print(copy.copy(CC(1)).v, copy.deepcopy(CC([2])).v)
class S:
    __slots__ = ("a", "b")
s1 = S(); s1.a = [1]; s2 = copy.copy(s1); s3 = copy.deepcopy(s1); print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s3, "b"))
class GS:
    def __init__(self): self.x = 1; self.cache = "big"
    def __getstate__(self): st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st): self.__dict__.update(st); self.cache = "rebuilt"
g = copy.deepcopy(GS()); print(g.x, g.cache)
print(copy.deepcopy([1, (2, [3])]), copy.deepcopy((1, 2)) , copy.copy([1, [2]]))
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy(t) is t)
print(copy.deepcopy(len) is len, copy.deepcopy(W) is W)
try:
    copy.deepcopy((i for i in [1]))
except TypeError as ex:
    print("TypeError:", ex)
memo = {}
shared = [1]
pair = copy.deepcopy([shared, shared], memo)
print(pair[0] is pair[1], pair[0] is not shared, id(shared) in memo)
print(copy.Error, issubclass(copy.Error, Exception))
import copy
class A:

    def __init__(self): self.x = 1
    def __copy__(self):
        print("copy called")
        n = A(); n.x = self.x; return n
a = A()
print(copy.copy(a).x)
a = [1]
for _ in range(3000):
    a = [a]
try:
    b = copy.deepcopy(a)
    print("copied")
except RecursionError as e:
    print("RecursionError", e)
x = [1, 2]; t = (x, x, "s", 1.5, None, True)
memo = {}
u = copy.deepcopy(t, memo)
print(u, u[0] is u[1], u[0] is not x, len(memo), memo[id(memo)] == [x, t], memo[id(t)] is u)
d = {"a": [1], "b": ({"c": 2},)}
e = copy.deepcopy(d)
print(e, e == d, e["a"] is not d["a"], e["b"][0] is not d["b"][0])
r = [1]; r.append(r); rc = copy.deepcopy(r); print(rc[1] is rc, rc is not r)
rt = ([],); rt[0].append(rt); rtc = copy.deepcopy(rt); print(rtc[0][0] is rtc, rtc is not rt)
class O:
    def __init__(self): self.l = [1, {"k": (2, [3])}]
o = O(); oc = copy.deepcopy([o, o]); print(oc[0] is oc[1], oc[0].l, oc[0].l is not o.l)
print(copy.deepcopy(()) , copy.deepcopy((1, "a")) , copy.deepcopy([]) , copy.deepcopy({}))
