class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
print(Lazy().value, Lazy().value, Lazy.calls)
print(type(Lazy.value), isinstance(Lazy.value, property))
p = property(lambda self: 1)
print(p.fget is not None, p.fset, p.fdel)

class Base:
    @property
    def name(self):
        return "base"
class Sub(Base):
    @Base.name.getter
    def name(self):
        return "sub:" + super().name
print(Sub().name)

class Broken:
    @property
    def oops(self):
        return self.missing
try:
    Broken().oops
except AttributeError as e:
    print("AttributeError:", e)

class Cached:
    from functools import cached_property
    @cached_property
    def total(self):
        print("computing")
        return sum(range(5))
c = Cached()
print(c.total, c.total, c.__dict__)
