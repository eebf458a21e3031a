class Meta(type):
    def __instancecheck__(cls, obj):
        print("check", cls.__name__, type(obj).__name__)
        return False
    def __subclasscheck__(cls, sub):
        print("subcheck", cls.__name__, sub.__name__)
        return True
class A(metaclass=Meta): pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), A), isinstance(1, A))
print(issubclass(B, A), issubclass(int, A), issubclass(A, A))
import abc
class Base(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        print("hook", C.__name__)
        return NotImplemented
class D(Base): pass
print(isinstance(D(), Base), isinstance(3, Base), issubclass(D, Base))
class Proxy:
    @property
    def __class__(self):
        return int
print(isinstance(Proxy(), int), isinstance(Proxy(), Proxy), isinstance(Proxy(), str))
class Bad:
    @property
    def __class__(self):
        raise AttributeError("no")
print(isinstance(Bad(), int), isinstance(Bad(), Bad))
from collections.abc import Iterable, Sized
class It:
    def __iter__(self): return iter([])
print(isinstance(It(), Iterable), isinstance(It(), Sized), isinstance([], Iterable), issubclass(It, Iterable))
class Proxy2:
    @property
    def __class__(self):
        return int
print(type.__instancecheck__(int, Proxy2()), type.__instancecheck__(str, Proxy2()), type.__instancecheck__(Proxy2, Proxy2()))
