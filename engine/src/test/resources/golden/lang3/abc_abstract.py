from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Square(2)
except TypeError as e:
    print("TypeError:", e)
class Full(Square):
    def perimeter(self): return 4 * self.s
print(Full(3).describe(), isinstance(Full(1), Shape))
print(sorted(Shape.__abstractmethods__), Full.__abstractmethods__)
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self): ...
try:
    WithProp()
except TypeError as e:
    print("TypeError:", e)
