class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta, tag="t"):
    pass
print(A.tag, type(A).__name__)
class B:
    count = 0
    __slots__ = ("x",)
    def __init__(self): self.x = 1
b = B()
try: b.y = 2
except AttributeError as e: print(e)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("neg")
        self._v = val
p = P(); p.v = 5; print(p.v)
try: p.v = -1
except ValueError as e: print(e)
class R:
    def __repr__(self): return "R()"
print(R(), [R()], str(R()), f"{R()!r}")
class S:
    def __init_subclass__(cls, **kw):
        print("sub", cls.__name__, kw)
class T(S, flag=1): pass
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, typ=None): return f"desc {self.name}" if obj else self
class U:
    a = Desc()
print(U().a, type(U.a).__name__)
print(U.__mro__, U.__qualname__, U.__module__)
class N:
    def __getattr__(self, n): return n * 2
print(N().abc)
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a+b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a*k for a in self.c))
    __rmul__ = __mul__
    def __eq__(self, o): return self.c == o.c
    def __hash__(self): return hash(self.c)
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __contains__(self, x): return x in self.c
    def __repr__(self): return f"Vec{self.c}"
v = Vec(1, 2)
print(v + v, 3 * v, v * 2, v == Vec(1, 2), {v: 1}, bool(Vec(0, 0)), len(v), v[1], 2 in v, list(v))
try: v - v
except TypeError as e: print(e)
try: v < v
except TypeError as e: print(e)
print(object.__repr__(R()).startswith("<__main__.R object at 0x"))
class Abstract:
    def area(self): raise NotImplementedError
class Sq(Abstract):
    def __init__(s, n): s.n = n
    def area(self): return self.n ** 2
print(Sq(3).area(), isinstance(Sq(1), Abstract), issubclass(Sq, (int, Abstract)))
print(super(Sq, Sq(2)).area.__qualname__)
class Cnt:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
Cnt(); Cnt(); print(Cnt.instances)
print(vars(P()), P().__dict__, dir(P())[-2:])
