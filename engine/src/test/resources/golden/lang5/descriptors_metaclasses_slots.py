class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 3)
print(p.name, p.age, Person.name.kind)
try:
    p.age = "x"
except TypeError as e:
    print(e)
del p.age
print(vars(p))

class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry, A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<class {cls.__name__!r} via Meta>"

class W(metaclass=Meta, flag=True):
    def f(self): pass
print(W, W.injected, type(W), type(W()).__name__)
print(type(W).__mro__)

class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class Y(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
print(S.a, type(S.a).__name__, hasattr(s, "__dict__"))
class S2(S):
    pass
s2 = S2(); s2.c = 5; print(s2.__dict__)
try:
    class S3:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
class P:
    @property
    def v(self):
        "the v"
        return 1
    @v.setter
    def v(self, val):
        print("set", val)
p = P(); p.v = 3
try:
    del p.v
except AttributeError as e:
    print("AttributeError:", e)
print(P.v.__doc__)
class Q:
    @property
    def r(self): return 1
try:
    Q().r = 2
except AttributeError as e:
    print("AttributeError:", e)
print(type(Q.__dict__['r']), Q.r.fget.__name__)
class Cm:
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(Cm.cp)
