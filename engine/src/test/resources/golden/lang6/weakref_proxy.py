# weakref.proxy: ProxyType/CallableProxyType forward attributes, operators and calls while the
# object lives, ReferenceError after; isinstance() sees the object's class through __class__.
import weakref
class A:
    def __init__(self): self.x = 1
    def m(self): return 'm'
    def __len__(self): return 3
    def __call__(self, v): return v * 2
    def __add__(self, o): return ('add', o)
    def __getitem__(self, k): return k * 3
class B:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __str__(self): return f"B{self.v}"
    def __iter__(self): return iter(range(self.v))
a = A()
p = weakref.proxy(a)
print(type(p), type(weakref.proxy(a)) is type(p), p.x, p.m(), len(p), isinstance(p, A), p.__class__, p(21), p + 1, p['ab'])
print(type(p).__name__, type(p).__module__, weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
p.y = 5; print(a.y); del p.y; print(hasattr(a, 'y'))
print(p == a, p is a, bool(p), str(p)[:20])
def cb(r): print('cb', type(r).__name__)
q = weakref.proxy(a, cb)
del a
try: p.x
except ReferenceError as e: print('RefErr', e)
try: hash(p)
except TypeError as e: print(e)
try: len(q)
except ReferenceError as e: print('RefErr', e)
b1, b2 = B(1), B(2)
pb = weakref.proxy(b1)
print(type(pb).__name__, pb < b2, str(pb), list(pb), sorted([b2, pb], key=lambda o: o.v) == [pb, b2], pb.v, 1 in weakref.proxy(B(3)) if False else '')
try: weakref.proxy(5)
except TypeError as e: print(e)
class Parent:
    def __init__(self): self.children = []
    def add(self, c): c.parent = weakref.proxy(self); self.children.append(c)
class Child:
    def name(self): return 'child of ' + type(self.parent).__name__
par = Parent(); ch = Child(); par.add(ch); print(ch.name(), ch.parent.children[0] is ch)
