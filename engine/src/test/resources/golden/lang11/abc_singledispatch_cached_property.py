import abc, functools
from dataclasses import dataclass

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
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
    name = "sq"
print(Sq2().area(), isinstance(Sq2(), Shape), sorted(Shape.__abstractmethods__))
class Duck(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), issubclass(int, Duck))
Duck.register(int)
print(issubclass(int, Duck))

@functools.singledispatch
def show(x):
    return f"obj {x}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(bool).__name__)

class Lazy:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
z = Lazy(); print(z.value, z.value, z.calls, "value" in vars(z))
del z.value; print(z.value, z.calls)

@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
print(functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
