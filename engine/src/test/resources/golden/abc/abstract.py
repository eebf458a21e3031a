from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for c in (Shape, Half):
    try:
        c()
    except TypeError as e:
        print(e)
print(Sq(3).describe(), isinstance(Sq(2), Shape), issubclass(Sq, Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
print(sorted(Half.__abstractmethods__), type(Shape), ABC.__slots__)
class Duck:
    def area(self): return 0
print(isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e: print(e)
class Impl(Base):
    name = "x"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 1
print(Impl.make().name, Impl.helper())
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized2), isinstance("ab", Sized2), issubclass(int, Sized2))
