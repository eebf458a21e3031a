import copy, collections
from fractions import Fraction
class A:
    def __init__(self):
        self.items = [1, [2, 3]]
class S:
    __slots__ = ('a', '__b')
class T(S):
    pass
class C:
    def __init__(self, v): self.v = v
    def __copy__(self): print('C.__copy__'); return C(self.v)
    def __deepcopy__(self, memo): print('C.__deepcopy__', type(memo).__name__); return C(copy.deepcopy(self.v, memo))
class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (R, (self.a, self.b))
class St:
    def __init__(self): self.x = 1
    def __getstate__(self): print('getstate'); return {'x': self.x * 10}
    def __setstate__(self, st): print('setstate', st); self.__dict__.update(st)
class ML(list):
    pass
class MD(dict):
    pass
class NT(collections.namedtuple('NT', 'x y')):
    pass
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.items is a.items, c.items == a.items, c.items is a.items, c.items[1] is a.items[1])
s = S(); s.a = 1; s._S__b = 2; s2 = copy.copy(s); print(s2.a, s2._S__b, type(s2).__name__)
t = T(); t.q = 5; t.a = 3; t2 = copy.deepcopy(t); print(t2.q, t2.a, hasattr(t2, '_S__b'))
cc = C([1]); print(copy.copy(cc).v is cc.v, copy.deepcopy(cc).v is cc.v)
r = R([1], 2); r2 = copy.deepcopy(r); print(r2.a, r2.b, r2.a is r.a)
st = St(); st2 = copy.copy(st); print(st2.x)
ml = ML([1, [2]]); ml.tag = 't'; m2 = copy.deepcopy(ml); print(type(m2).__name__, m2, m2.tag, m2[1] is ml[1])
md = MD(a=[1]); md.z = 0; d2 = copy.copy(md); print(type(d2).__name__, d2, d2.z, d2['a'] is md['a'])
nt = NT(1, [2]); n2 = copy.deepcopy(nt); print(n2, type(n2).__name__, n2.y is nt.y)
f = Fraction(3, 4); print(copy.copy(f) is f, copy.deepcopy(f) == f)
cyc = [1]; cyc.append(cyc); cc2 = copy.deepcopy(cyc); print(cc2[1] is cc2, cc2 is cyc)
tup = (1, 'a', (2, 3)); print(copy.deepcopy(tup) is tup, copy.deepcopy((1, [2]))[1] is not None)
shared = [9]; pair = [shared, shared]; p2 = copy.deepcopy(pair); print(p2[0] is p2[1], p2[0] is shared)
d = collections.defaultdict(list, a=[1]); e = copy.deepcopy(d); print(e, e['a'] is d['a'], copy.copy(d))
q = collections.deque([1, [2]], maxlen=5); r = copy.deepcopy(q); print(r, r[1] is q[1], copy.copy(q))
print(copy.deepcopy(bytearray(b'ab')), copy.copy(bytearray(b'x')), copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
print(copy.copy(len) is len, copy.deepcopy(A) is A, copy.copy(range(3)), copy.deepcopy(3.5))
e1 = ValueError('bad', 2); e1.note = 'n'; e2 = copy.deepcopy(e1); print(repr(e2), e2.note, e2 is e1)
class Obj:
    def m(self): return 1
o = Obj(); bm = copy.deepcopy(o.m); print(bm(), bm.__self__ is o)
cnt = collections.Counter('abca'); print(copy.deepcopy(cnt), type(copy.copy(cnt)).__name__)
od = collections.OrderedDict(a=1); print(copy.deepcopy(od))
print(copy.Error, copy.error is copy.Error)
