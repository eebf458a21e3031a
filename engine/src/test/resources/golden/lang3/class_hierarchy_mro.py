class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
try:
    class E(A, B): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), isinstance(D(), C), D.__bases__)
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class M(metaclass=Meta): pass
print(M, type(M).__name__)
class Counter:
    count = 0
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Counter.count += 1
        cls.tag = tag
class X(Counter, tag="x"): pass
class Y(Counter): pass
print(Counter.count, X.tag, Y.tag)
try:
    class Z(Counter, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")
class Sq(Abstract): pass
try:
    Sq().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(A.who.__qualname__, D.who.__qualname__, D().who.__self__.__class__.__name__)
print(super(B, D()).who())
try:
    super(B, A()).who()
except TypeError as e:
    print("TypeError:", e)
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and o.v == self.v
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
print(P.__hash__)
