class Counter:
    instances = 0
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        obj = super().__new__(cls)
        Counter.instances += 1
        return obj
    def __init__(self, start=0):
        print("__init__", start)
        self.value = start
    def __call__(self, step=1):
        self.value += step
        return self.value
    def __repr__(self):
        return f"Counter({self.value})"
c = Counter(5)
print(c(), c(10), c, Counter.instances, callable(c))
class NotInit:
    def __new__(cls):
        return 42
print(NotInit())
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(3).x)
try:
    OnlyNew()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Counter, 1)
    print("object.__new__ with args ok when __new__ overridden")
except TypeError as e:
    print("TypeError:", e)
try:
    Counter.__init__()
except TypeError as e:
    print("TypeError:", e)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
class Child(Base, flag=True):
    pass
print(type(Child), Child.__bases__, Child.__mro__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, opt=1):
    x = 1
    def m(self): pass
print(type(WithMeta).__name__, isinstance(WithMeta, Meta))
T = type("T", (object,), {"a": 1, "hello": lambda self: "hi"})
print(T().hello(), T.a, T.__name__, type(T))
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
