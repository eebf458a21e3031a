class Base:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

class Child(Base):
    __slots__ = ("y",)
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

class Loose(Base):
    pass

c = Child(1, 2)
print(c.x, c.y, Child.__slots__, hasattr(c, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError:", e)
l = Loose(5)
l.z = 9
print(l.__dict__, l.x)
print(type(Base.x).__name__, Base.x.__name__)
try:
    print(Base.__new__(Base).x)
except AttributeError as e:
    print("AttributeError:", e)
del c.y
try:
    c.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class WithDict:
    __slots__ = ("__dict__", "v")
w = WithDict()
w.v = 1
w.other = 2
print(w.__dict__, w.v)
try:
    class Dup(Base):
        __slots__ = ("x", "x")
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(c) if not n.startswith("__")))
