from abc import ABC, abstractmethod
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
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
class NoArgSuper:
    def m(self):
        def inner():
            return super().m()
        return inner
try:
    NoArgSuper().m()()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(B, D()).who(), super(D, D).__thisclass__ if hasattr(super(D, D), "__thisclass__") else "-")
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print("TypeError:", e)
class Sq2(Sq):
    name = "square"
print(Sq2().area(), Sq2().name, isinstance(Sq2(), Shape), sorted(Shape.__abstractmethods__))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "Celsius."
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def ro(self):
        return 1
t = Temp()
t.c = 5
print(t.c, Temp.c.__doc__, type(Temp.c).__name__, Temp.c.fset.__name__)
try:
    t.ro = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.c
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
class Reg(ABC):
    pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class Base:
    def __init__(self, x):
        self.x = x
class Kid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
k = Kid(1, 2)
print(vars(k), Kid.__bases__, Kid.__base__, Kid.__qualname__, Kid.__module__)
try:
    Kid(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
for args, kw in [((1, 2), {"z": 3}), ((1, 2), {"x": 3}), ((1,), {"x": 3}), ((1, 2, 3), {})]:
    try:
        Base(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
def posonly(a, /, b):
    return a, b
for args, kw in [((1,), {"a": 1, "b": 2}), ((1, 2, 3), {"a": 1}), ((), {"b": 1})]:
    try:
        posonly(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit), type(type), NoInit.__class__.__class__, isinstance(NoInit, type), object.__subclasses__ is not None)
