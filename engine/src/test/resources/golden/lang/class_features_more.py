class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Registry.subclasses.append((cls.__name__, tag))

class A(Registry, tag="a"): pass
class B(A): pass
print(Registry.subclasses, B.tag)
try:
    class C(Registry, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
    def __delete__(self, obj):
        print("deleting", self.name)

class Model:
    x = Field()
    y = Field()
m = Model()
print(m.x, type(Model.x).__name__)
m.x = 5
print(m.x, m.__dict__)
del m.x

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(type(Slotted.a).__name__)
class SlotChild(Slotted):
    pass
sc = SlotChild(); sc.c = 5
print(sc.c, sc.__dict__)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        """the v"""
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
p = P(); p.v = 3
print(p.v, P.v.__doc__, type(P.v).__name__)
try:
    p.v = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del p.v
except AttributeError as e:
    print("AttributeError:", e)
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 2
except AttributeError as e:
    print("AttributeError:", e)

class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(WithMeta(3).v, type(WithMeta).__name__)

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp.__hash__)
try:
    {Cmp(1)}
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __bool__(self): return any(self.c)
    def __contains__(self, x): return x in self.c
print(sum([Vec(1, 2), Vec(3, 4)]), len(Vec(1, 2, 3)), list(Vec(5, 6)), bool(Vec(0, 0)), 2 in Vec(1, 2), Vec(1)[0])
try:
    Vec(1) + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    1 - Vec(1)
except TypeError as e:
    print("TypeError:", e)
print(Vec.__mro__, Vec.__qualname__, Vec.__module__, Vec.__name__)
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D(a=1)["a"], D()["zz"], D().get("zz"))
