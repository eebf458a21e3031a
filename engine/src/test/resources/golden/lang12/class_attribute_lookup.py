class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(a.count, b.id, Counter.count)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a))
del a.count
print(a.count)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(s1.items, s2.items, s1.items is Shared.items)
class M:
    def method(self):
        return self
m = M()
print(m.method.__self__ is m, M.method(m) is m, m.method == m.method, m.method is m.method, type(M.method).__name__)
try:
    M.method()
except TypeError as e:
    print("TypeError:", e)
m.method = lambda: "instance attr"
print(m.method())
def outside(self):
    return "added later"
M.later = outside
print(M().later(), M.later.__qualname__)
class Str:
    def __str__(self):
        return "str!"
print(Str(), str(Str()), repr(Str()).startswith("<__main__.Str object at"), f"{Str()}", "%s" % Str())
class Rep:
    def __repr__(self):
        return "Rep()"
print(Rep(), [Rep()], str(Rep()), f"{Rep()!s}", format(Rep()) if hasattr(Rep, "__format__") else "")
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) in [Eq(1)], Eq.__hash__, [Eq(1)].count(Eq(1)), Eq(1) != Eq(2))
class Static:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
class Sub(Static):
    pass
print(Sub.s(), Sub.c(), Sub().c(), Static.c.__self__ is Static)
print(Counter.__dict__["__init__"].__name__, "count" in Counter.__dict__, type(Counter.__dict__).__name__)
try:
    Counter.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(getattr(Counter, "__name__"), Counter.__class__.__name__, a.__class__.__name__, a.__module__)
print(Counter.__init__ is Counter.__dict__["__init__"], callable(Counter), Counter.__doc__)
