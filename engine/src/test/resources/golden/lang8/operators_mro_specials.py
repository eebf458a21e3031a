class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __iadd__(self, o): self.x += o.x; self.y += o.y; return self
    def __lt__(self, o): return abs(self) < abs(o)
print(V(1, 2) + V(3, 4), 3 * V(1, 1), sum([V(1, 1), V(2, 2)]), -V(1, 0), abs(V(3, 4)), V(1, 2) @ V(3, 4))
print(bool(V(0, 0)), list(V(5, 6)), V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), V(7, 8)[-1], len(V(0, 0)))
try:
    hash(V(1, 2))
except TypeError as e:
    print(e)
v = V(1, 1); w = v; v += V(1, 1); print(v, w is v, max(V(1, 1), V(0, 5)), sorted([V(3, 0), V(1, 0)]))
try:
    V(1, 2) + 5
except TypeError as e:
    print(e)
try:
    V(1, 1) < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), iter(Seq()).__class__.__name__)
class Base:
    def __init__(self): print("Base init"); self.v = 1
    def who(self): return "Base"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(x): return x * 2
class Mid(Base):
    def __init__(self): print("Mid init"); super().__init__()
    def who(self): return "Mid>" + super().who()
class Leaf(Mid):
    def who(self): return "Leaf>" + super(Mid, self).who()
obj = Leaf.make()
print(obj.who(), Leaf.util(4), Leaf.__mro__, type(obj).__qualname__)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
print(D().f(), [k.__name__ for k in D.mro()])
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area(), isinstance(Sq(1), Shape))
class Eq:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({Eq(1), Eq(1), Eq(2)}), Eq(1) in [Eq(1)])
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2), callable(Call()))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise ValueError("swallowed")
print("after with")
class Str:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
    def __format__(self, spec): return f"FMT[{spec}]"
print(Str(), [Str()], f"{Str()}", f"{Str():x>3}", f"{Str()!r}", str(Str()), format(Str()))
class Obj: pass
o = Obj()
print(repr(o).startswith("<__main__.Obj object at 0x"), o == o, o != Obj(), Obj.__name__, Obj.__module__)
print(vars(Obj)['__module__'], '__dict__' in vars(Obj), Obj.__doc__, Obj.__bases__)
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Num(1)], bin(Num(5)), range(Num(3)), "abc"[Num(0):Num(2)], hex(Num(255)))
class Slots:
    __slots__ = ("a", "__dict__")
s = Slots(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__)
print(type("Dyn", (object,), {"x": 5})().x, type(type), type.__name__)
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, v): print("init", v)
WithNew(9)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Desc:
    def __get__(self, o, t): return "desc"
class H:
    d = Desc()
    def __init__(self): self.__dict__["d"] = "inst"
print(H().d)
print(getattr(H, "nope", "dflt"), hasattr(H, "d"))
class Priv:
    __secret = 1
    def get(self): return self.__secret
print(Priv().get(), Priv._Priv__secret)
try:
    Priv().__secret
except AttributeError as e:
    print(e)
