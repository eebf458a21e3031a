class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        print("Config.__init__", env)
        self.env = env
a = Config("prod")
b = Config("test")
print(a is b, a.env, type(Config).__name__)
class Weird:
    def __new__(cls, kind):
        print("__new__", kind)
        if kind == "int":
            return 42
        return super().__new__(cls)
    def __init__(self, kind):
        print("__init__", kind)
print(Weird("int"), type(Weird("obj")).__name__)
class Base:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.created_by = cls.__name__
        return inst
class Child(Base):
    def __init__(self, x):
        self.x = x
c = Child(3)
print(c.created_by, c.x)
try:
    object.__new__(Child, 1)
    print("object.__new__ with extra args ok because __init__ overridden")
except TypeError as e:
    print("TypeError:", e)
class P1: pass
class P2: pass
o = P1()
o.__class__ = P2
print(type(o).__name__, isinstance(o, P2))
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
class Root: pass
class A(Root): pass
class B(Root): pass
class C(A): pass
print([k.__name__ for k in Root.__subclasses__()], [k.__name__ for k in A.__subclasses__()])
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return issubclass(sub, int)
class IntLike(metaclass=Meta): pass
print(isinstance(5, IntLike), isinstance("5", IntLike), issubclass(bool, IntLike))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("proxy get", name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        print("proxy set", name)
        setattr(self._target, name, value)
class T: pass
t = T()
p = Proxy(t)
p.val = 3
print(p.val, t.val)
class Counted:
    count = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
class X(Counted): pass
class Y(Counted): pass
X(); X(); Y()
print(Counted.count, X.count, Y.count)
def make_class(name, **attrs):
    return type(name, (object,), attrs)
D = make_class("Dyn", greet=lambda self: "hi from " + type(self).__name__, n=3)
print(D().greet(), D.n, D.__name__, D.__module__, D.__qualname__)
class WithMroEntries:
    def __mro_entries__(self, bases):
        return (dict,)
class Derived(WithMroEntries()):
    pass
print(Derived.__mro__, type(Derived.__orig_bases__[0]).__name__)
try:
    class Bad(metaclass=5):
        pass
except TypeError as e:
    print("TypeError:", e)
class M1(type): pass
class M2(type): pass
class K1(metaclass=M1): pass
class K2(metaclass=M2): pass
try:
    class K3(K1, K2): pass
except TypeError as e:
    print("TypeError:", e)
