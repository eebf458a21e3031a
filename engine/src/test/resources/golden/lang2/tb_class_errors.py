class Base:
    def __init_subclass__(cls, **kw):
        if "required" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Base):
    required = 1
try:
    class Bad(Base):
        pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
try:
    class Broken:
        x = 1
        y = undefined_thing + x
except NameError as e:
    print("NameError:", e)
class Abstract:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
try:
    Abstract().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Square(Shape):
    def area(self):
        return 1
try:
    Square()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError:", e)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
print([Counter().id for _ in range(3)], Counter.count)
try:
    Counter.missing_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter().missing
except AttributeError as e:
    print("AttributeError:", e)
class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name} here")
w = WithGetattr()
print(w.xyz)
try:
    w.abc
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(w, "abc", "fallback"), hasattr(w, "abc"), hasattr(w, "xq"))
class Callable:
    def __call__(self, a, b=2):
        return a + b
c = Callable()
print(c(1), callable(c), callable(Counter), callable(5))
try:
    c()
except TypeError as e:
    print("TypeError:", e)
Square().perimeter()
