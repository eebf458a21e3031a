from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 1
try: Sq()
except TypeError as e: print(e)
class A:
    def hi(self): return "A"
class B(A):
    def hi(self): return "B" + super().hi()
class C(A):
    def hi(self): return "C" + super().hi()
class D(B, C):
    def hi(self): return "D" + super().hi()
print(D().hi(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e: print(e)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.deleter
    def c(self): print("deleting"); del self._c
t = Temp(); del t.c
try: t.c = 5
except AttributeError as e: print(e)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec): return f"${self.v:{spec or '.2f'}}"
    def __index__(self): return int(self.v)
    def __radd__(self, o): return Money(self.v + o)
    def __iadd__(self, o): self.v += o; return self
    def __neg__(self): return Money(-self.v)
    def __abs__(self): return Money(abs(self.v))
    def __round__(self, n=None): return Money(round(self.v, n))
    def __repr__(self): return f"Money({self.v})"
m = Money(3.14159)
print(f"{m}", f"{m:.1f}", format(m, ".3f"), [1, 2, 3, 4][Money(2)], bin(Money(5)), sum([1, 2], Money(0)) if False else 3 + m, -m, abs(Money(-2)), round(m, 2))
m += 1; print(m)
class Weird:
    def __len__(self): return -1
try: len(Weird())
except ValueError as e: print(e)
class W2:
    def __bool__(self): return 1
try: bool(W2())
except TypeError as e: print(e)
class W3:
    def __repr__(self): return 5
try: repr(W3())
except TypeError as e: print(e)
class W4:
    def __str__(self): return None
try: str(W4())
except TypeError as e: print(e)
class W5:
    def __iter__(self): return 5
try: iter(W5())
except TypeError as e: print(e)
class W6:
    def __hash__(self): return "x"
try: hash(W6())
except TypeError as e: print(e)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton): pass
print(Conf() is Conf())
class Logged:
    def __getattribute__(self, name):
        if name.startswith("x"): return "intercepted"
        return object.__getattribute__(self, name)
print(Logged().xyz, Logged().__class__.__name__)
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, o, n): self.n = "_" + n
    def __get__(self, obj, owner):
        return self if obj is None else getattr(obj, self.n)
    def __set__(self, obj, v):
        if not isinstance(v, self.t): raise TypeError(f"{self.n[1:]} must be {self.t.__name__}")
        setattr(obj, self.n, v)
class Person:
    age = Typed(int)
    def __init__(self, a): self.age = a
print(Person(3).age)
try: Person("x")
except TypeError as e: print(e)
class Cls:
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(x): return x * 2
class Sub(Cls): pass
print(type(Sub.make()).__name__, Sub.util(4), Cls.make.__self__ is Cls, type(Cls.__dict__["util"]).__name__)
print(isinstance(True, int), type(True) is bool, Sub.__bases__, Sub.__base__, object.__bases__, type.__mro__)
class Old:
    def method(self): pass
o = Old()
print(o.method.__func__ is Old.method, o.method.__self__ is o, Old.method.__qualname__)
try: Old.method()
except TypeError as e: print(e)
try: o.method(1)
except TypeError as e: print(e)
class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, Eq.__hash__)
try: {Eq()}
except TypeError as e: print(e)
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ...)
