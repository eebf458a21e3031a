class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a, **k)

class Base(metaclass=Meta, flag=True):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Base, tag="c"):
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1

c = Child()
print(Child.created_by, Child.kw, Child.tag, Base.tag, type(Child).__name__)
try:
    c.b = 2
except AttributeError as e:
    print("AttributeError:", e)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)

class Account:
    balance = Desc()
    def __init__(self, b):
        self.balance = b
a = Account(5)
print(a.balance, Account.balance.name, vars(a))
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Vec:
    def __init__(self, *xs): self.xs = xs
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.xs, o.xs)))
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __repr__(self): return f"Vec{self.xs}"
    def __bool__(self): return any(self.xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, v): return v in self.xs
print(sum([Vec(1, 2), Vec(3, 4)]), 2 * Vec(1, 1), Vec(0, 0) or "empty", Vec(1, 2)[::-1], 2 in Vec(1, 2))
print(hash(Vec) is not None, Vec.__hash__)
try:
    {Vec(1): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1) < Vec(2)
except TypeError as e:
    print("TypeError:", e)
class P:
    @property
    def v(self): return 1
try:
    P().v = 3
except AttributeError as e:
    print("AttributeError:", e)
print(P.v.fget.__name__, isinstance(P.v, property))
class Abstract:
    def __init_subclass__(cls, **kw):
        if "run" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define run")
try:
    class Impl(Abstract): pass
except TypeError as e:
    print("TypeError:", e)
