class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="a"):
    pass

class B(A):
    pass

print(Base.registry, B.tag, A.tag)
try:
    class C(Base, unknown=1, tag="c"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

s = Slotted(1)
print(s.x, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Slotted.x).__name__, Slotted.x.__name__)

class Sub(Slotted):
    pass
t = Sub(2)
t.extra = 5
print(t.extra, t.__dict__)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]], type(list[int]).__name__)
try:
    Slotted[int]
except TypeError as e:
    print("TypeError:", e)

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0, got {value}")
        setattr(obj, self.name, value)

class Account:
    balance = Positive()
    limit = Positive()

acc = Account()
acc.balance = 10
print(acc.balance, acc.limit, type(Account.balance).__name__, vars(acc))
try:
    acc.balance = -1
except ValueError as e:
    print("ValueError:", e)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr)

class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @v.deleter
    def v(self):
        print("deleting")
        del self._v

p = Prop()
p.v = 5
print(p.v, Prop.v.__doc__)
del p.v
try:
    p.v
except AttributeError as e:
    print("AttributeError:", e)

class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(3)
print(w.v, WithMeta.created_by, type(WithMeta).__name__)

class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Cmp) and self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1)]), Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(2) > Cmp(1))
try:
    hash(Cmp(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
print(Cmp.__mro__, A.__mro__[1].__name__, B.__bases__, Base.__subclasses__())
