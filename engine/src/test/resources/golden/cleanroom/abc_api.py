# abc: abstract methods, register, subclass hooks, cache token, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...

    @property
    @abstractmethod
    def sides(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...


print(sorted(Shape.__abstractmethods__), type(Shape).__name__)
attempt('inst', Shape)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
attempt('inst', Half)


class Full(Half):
    def name(self):
        return 'full'
    sides = 4

    @classmethod
    def make(cls):
        return cls()


print(Full.__abstractmethods__, Full.make().name(), Full().sides, isinstance(Full(), Shape))


class Old(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def a(cls): ...

    @abc.abstractstaticmethod
    def b(): ...

    @abc.abstractproperty
    def c(self): ...


print(sorted(Old.__abstractmethods__))


class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented


class Mallard:
    def quack(self):
        pass


print(issubclass(Mallard, Duck), isinstance(Mallard(), Duck), issubclass(int, Duck))


class Reg(ABC):
    pass


t0 = abc.get_cache_token()
print(Reg.register(int) is int, issubclass(int, Reg), isinstance(3, Reg), isinstance('x', Reg))
print(abc.get_cache_token() > t0, issubclass(bool, Reg))
print(Reg.register(int) is int)


@Reg.register
class Virt:
    pass


print(Virt.__name__, issubclass(Virt, Reg), Reg in Virt.__mro__)


class SubReg(Reg):
    pass


print(issubclass(SubReg, Reg), issubclass(Reg, SubReg))
attempt('cycle', lambda: SubReg.register(Reg))
attempt('notclass', lambda: Reg.register(3))
attempt('issub nonclass', lambda: issubclass(3, Reg))


class Later(ABC):
    @abstractmethod
    def f(self): ...


Later.f = lambda self: 1
attempt('before update', Later)
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().f())
print(abc.update_abstractmethods(int) is int)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__, ABC.__slots__, hasattr(Reg, '_abc_impl'))
Reg._abc_registry_clear()
Reg._abc_caches_clear()
print(issubclass(int, Reg), issubclass(Virt, Reg))


class M(ABCMeta):
    pass


class WithMeta(metaclass=M):
    @abstractmethod
    def g(self): ...


print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__))
attempt('inst meta', WithMeta)
